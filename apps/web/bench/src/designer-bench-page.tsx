// The page the designer benchmark drives: it mounts the real form designer (or a baseline) into a fresh
// container and times interactions from inside the page, so the runner's round trips do not count.
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import type { FormModel } from '@signoff/schema';
import '../../src/i18n/i18n';
import '../../src/form-designer/page/page.i18n';
import '../../src/form-designer/page/designer-page.css';
import { TRPCProvider } from '../../src/api/trpc';
import { Designer } from '../../src/form-designer/page/Designer';
import type { TemplateDesign } from '../../src/form-designer/page/use-template-design';
import { buildBenchForm } from '../../src/form-renderer/bench-form';
import { BareRows } from './bare-rows';
import type {
  DesignerBench,
  DesignerKind,
  DesignerMountTiming,
  InteractionEvent,
  InteractionTiming,
} from './designer-bench-api';
import { localTrpcClient } from './local-trpc';
import { nextPaint, paintShowing, paintWhen } from './next-paint';
import { countRenders, resetCount, takeCount } from './render-counter';

// the renderer bench's form, people pickers included: the designer draws every field as a look-alike
const full = buildBenchForm().model;
const MODELS: Record<DesignerKind, FormModel> = {
  'designer-300': full,
  'designer-30': { ...full, fields: full.fields.slice(0, 30) },
  'bare-300': full,
};

const design = (model: FormModel): TemplateDesign => ({
  templateId: 'bench',
  key: model.key,
  title: model.title,
  serialPrefix: 'BENCH',
  model,
  flow: {},
  basedOnVersion: null,
  published: null,
});

// autosave's saveDraft and the rest are answered in the page (bench/src/local-trpc.ts)
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });

function element(kind: DesignerKind): ReactElement {
  const model = MODELS[kind];
  if (kind === 'bare-300')
    return <BareRows labels={model.fields.map((f) => ({ key: f.key, label: f.label.zh }))} />;
  return (
    <ConfigProvider locale={zhCN}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={localTrpcClient} queryClient={queryClient}>
          {/* the toolbar links to the route designer: the app's router is around it there */}
          <MemoryRouter>
            <Designer design={design(model)} onPublished={() => undefined} />
          </MemoryRouter>
        </TRPCProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}

const stage = document.getElementById('stage');
if (!stage) throw new Error('bench page has no #stage');

let current: { kind: DesignerKind; root: Root; container: HTMLElement } | null = null;
let pending: Promise<InteractionTiming> | null = null;

const rowBoxes = () =>
  Array.from(
    current?.container.querySelectorAll('[data-testid="designer-canvas"] > [data-testid^="canvas-field-"]') ??
      [],
  );

function unmount() {
  if (!current) return;
  current.root.unmount();
  current.container.remove();
  current = null;
}

async function mount(kind: DesignerKind): Promise<DesignerMountTiming> {
  unmount();
  window.gc?.();
  await nextPaint();
  const container = document.createElement('div');
  stage?.append(container);
  const root = createRoot(container);
  current = { kind, root, container };
  const lastKey = MODELS[kind].fields.at(-1)?.key ?? '';
  const start = performance.now();
  flushSync(() => root.render(element(kind)));
  const committed = performance.now();
  const painted = await paintWhen(
    () => container.querySelector(`[data-testid="canvas-field-${lastKey}"]`) !== null,
  );
  return { commitMs: committed - start, paintMs: painted - start, rows: rowBoxes().length };
}

/**
 * From the event's timestamp to the end of its handling, then to the next paint. The end: `input`
 * or a key bubbling to window (after React's root listener and dnd-kit's document listener), or a
 * click reaching the React root's container (a row title stops the click there); React renders a
 * discrete event's updates in a microtask queued before ours.
 */
/** Whether the property panel shows `key`'s properties and takes input (the floor's label box always does). */
function panelShows(key: string): boolean {
  if (current?.kind === 'bare-300') return true;
  const panel = current?.container.querySelector<HTMLElement>('[data-testid="designer-properties"]');
  return panel?.dataset.field === key && panel.closest('[inert]') === null;
}

/**
 * The longest Event Timing entry (≥ 16 ms, the least threshold allowed) that started at or after
 * `from`; entries are queued after the frame they end with is presented, so this waits two frames.
 */
function eventTiming(from: number): Promise<number> {
  return new Promise((resolve) => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.startTime >= from - 1) longest = Math.max(longest, e.duration);
    });
    observer.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    void nextPaint()
      .then(nextPaint)
      .then(() => {
        for (const e of observer.takeRecords())
          if (e.startTime >= from - 1) longest = Math.max(longest, e.duration);
        observer.disconnect();
        resolve(longest);
      });
  });
}

function arm(event: InteractionEvent, panelFor?: string) {
  window.gc?.();
  resetCount();
  const startEvent = event === 'input' ? 'keydown' : event;
  // listeners on the container run after React's own, which were added there first
  const endTarget: EventTarget = event === 'click' && current ? current.container : window;
  pending = new Promise<InteractionTiming>((resolve, reject) => {
    let start = 0;
    const onStart = (e: Event) => {
      if (start === 0) start = e.timeStamp;
    };
    const onEnd = () => {
      window.removeEventListener(startEvent, onStart, true);
      endTarget.removeEventListener(event, onEnd);
      clearTimeout(timeout);
      queueMicrotask(() => {
        const script = performance.now();
        const panel = panelFor === undefined ? undefined : paintShowing(() => panelShows(panelFor));
        void Promise.all([nextPaint(), panel])
          .then(async ([painted, shown]) => ({ painted, shown, eventMs: await eventTiming(start) }))
          .then(
            ({ painted, shown, eventMs }) =>
              resolve({
                scriptMs: script - start,
                paintMs: painted - start,
                ...(shown === undefined ? {} : { panelMs: shown - start }),
                eventMs,
                renders: takeCount(),
              }),
            reject,
          );
      });
    };
    const timeout = setTimeout(() => reject(new Error(`no ${event} came through to the end listener`)), 3000);
    window.addEventListener(startEvent, onStart, true);
    endTarget.addEventListener(event, onEnd);
  });
}

const api: DesignerBench = {
  describe: () => ({
    'designer-300': MODELS['designer-300'].fields.length,
    'designer-30': MODELS['designer-30'].fields.length,
    'bare-300': MODELS['bare-300'].fields.length,
  }),
  mount,
  order: () => rowBoxes().map((r) => r.getAttribute('data-testid')?.slice('canvas-field-'.length) ?? ''),
  selected: () => {
    const row = current?.container.querySelector('[data-testid="designer-canvas"] > .fd-selected');
    return row?.getAttribute('data-testid')?.slice('canvas-field-'.length) ?? null;
  },
  arm,
  settled: () => {
    if (!pending) return Promise.reject(new Error('arm() first'));
    const p = pending;
    pending = null;
    return p;
  },
  countRenders,
  unmount,
};
window.signoffDesignerBench = api;
