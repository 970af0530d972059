import { layoutRoute, type RouteLayout } from '@signoff/designer';
import type { FlowDefinition } from '@signoff/flow';
import type { LayoutReply, LayoutRequest } from './layout-messages';
import LayoutWorker from './route-layout.worker?worker';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (l: RouteLayout) => void; reject: (e: Error) => void }>();
/** a worker that has not answered by then is given up, and the layout is made on the page */
const WORKER_TIMEOUT_MS = 30_000;

function theWorker(): Worker {
  if (worker) return worker;
  const w = new LayoutWorker();
  w.onmessage = (e: MessageEvent<LayoutReply>) => {
    const reply = e.data;
    const wait = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (!wait) return;
    if ('layout' in reply) wait.resolve(reply.layout);
    else wait.reject(new Error(reply.error));
  };
  w.onerror = (e) => {
    // a worker that failed to start: every pending layout is answered on the page instead
    e.preventDefault();
    worker = null;
    for (const [id, wait] of waiting) {
      waiting.delete(id);
      wait.reject(new Error('layout worker failed'));
    }
  };
  worker = w;
  return w;
}

/**
 * `layoutRoute` in a web worker, so laying out a big route (≈ 1 s for 500 nodes on a slow core) never
 * blocks the page; on the page itself where workers are missing (tests in jsdom) or fail.
 */
export function layoutRouteOffThread(flow: FlowDefinition): Promise<RouteLayout> {
  if (typeof Worker === 'undefined') return layoutRoute(flow);
  const id = nextId++;
  return new Promise<RouteLayout>((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error('layout worker did not answer'));
    }, WORKER_TIMEOUT_MS);
    waiting.set(id, {
      resolve: (l) => {
        clearTimeout(timer);
        resolve(l);
      },
      reject: (e) => {
        clearTimeout(timer);
        reject(e);
      },
    });
    try {
      theWorker().postMessage({ id, flow } satisfies LayoutRequest);
    } catch (error) {
      waiting.delete(id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  }).catch(() => layoutRoute(flow));
}
