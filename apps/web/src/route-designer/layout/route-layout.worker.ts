/// <reference lib="webworker" />
import { layoutRoute } from '@signoff/designer';
import type { LayoutRequest, LayoutReply } from './layout-messages';

// elkjs on a 500-node route takes a second or more: it runs here, off the page's thread
self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { id, flow } = e.data;
  layoutRoute(flow).then(
    (layout) => self.postMessage({ id, layout } satisfies LayoutReply),
    (error: unknown) =>
      self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies LayoutReply),
  );
};
