/// <reference lib="webworker" />
import { layoutRoute } from '@signoff/designer';
import type { LayoutRequest, LayoutReply } from './layout-messages';

// elkjs on a 500-node route takes a second or more: it runs here, off the page's thread. A listener,
// not `self.onmessage`: elkjs's bundled build, finding itself in a worker, sets `self.onmessage` to its
// own dispatcher when the first layout makes its engine (it ignores our messages: they carry no `cmd`)
self.addEventListener('message', (e: MessageEvent<LayoutRequest>) => {
  const { id, flow } = e.data;
  layoutRoute(flow).then(
    (layout) => self.postMessage({ id, layout } satisfies LayoutReply),
    (error: unknown) =>
      self.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies LayoutReply),
  );
});
