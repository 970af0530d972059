// The page the renderer benchmark drives: it mounts one renderer at a time into a fresh container and
// times mounting and keystrokes from inside the page, so the runner's round trips do not count.
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/i18n/i18n';
import type { KeystrokeTiming, MountTiming, RendererKind, SignoffBench } from './bench-api';
import { benchFixture } from './fixture';
import { nextPaint, paintWhen } from './next-paint';
import { rjsfAntdForm, rjsfForm, rjsfInput } from './rjsf-form';
import { SIGNOFF_API, signoffForm, signoffInput } from './signoff-form';

const fx = benchFixture();

const RENDERERS: Record<
  RendererKind,
  { element: () => ReactElement; input: (key: string) => HTMLInputElement | null }
> = {
  signoff: { element: () => signoffForm(fx), input: signoffInput },
  rjsf: { element: () => rjsfForm(fx), input: rjsfInput },
  'rjsf-antd': { element: () => rjsfAntdForm(fx), input: rjsfInput },
  // the floor: two uncontrolled inputs, no form around them
  bare: {
    element: () => (
      <div>
        <input id={fx.targetKey} />
        <input id={fx.lastKey} />
      </div>
    ),
    input: (key) => document.getElementById(key) as HTMLInputElement | null,
  },
};

const stage = document.getElementById('stage');
if (!stage) throw new Error('bench page has no #stage');

let current: { kind: RendererKind; root: Root; container: HTMLElement } | null = null;
let pending: Promise<KeystrokeTiming> | null = null;

function unmount() {
  if (!current) return;
  current.root.unmount();
  current.container.remove();
  current = null;
}

async function mount(kind: RendererKind): Promise<MountTiming> {
  unmount();
  window.gc?.();
  await nextPaint();
  const container = document.createElement('div');
  stage?.append(container);
  const root = createRoot(container);
  current = { kind, root, container };
  const renderer = RENDERERS[kind];
  const start = performance.now();
  flushSync(() => root.render(renderer.element()));
  const committed = performance.now();
  const painted = await paintWhen(() => renderer.input(fx.lastKey) !== null);
  return {
    commitMs: committed - start,
    paintMs: painted - start,
    inputs: container.querySelectorAll('input, textarea').length,
  };
}

function target(): HTMLInputElement | null {
  return current ? RENDERERS[current.kind].input(fx.targetKey) : null;
}

function armKeystroke() {
  const input = target();
  if (!input) throw new Error(`no input for ${fx.targetKey}`);
  window.gc?.();
  pending = new Promise<KeystrokeTiming>((resolve) => {
    let down = 0;
    const onKeyDown = (e: KeyboardEvent) => {
      down = e.timeStamp;
    };
    // bubbling to window: runs after React's listener on the root container has handled the event
    const onInput = () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('input', onInput);
      // React renders a discrete event's updates in a microtask; this one is queued after it
      queueMicrotask(() => {
        const script = performance.now();
        void nextPaint().then((painted) =>
          resolve({ scriptMs: script - down, paintMs: painted - down, value: input.value }),
        );
      });
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('input', onInput);
  });
}

const api: SignoffBench = {
  describe: () => ({ fields: fx.model.fields.length, tableRows: fx.tableRows, signoffApi: SIGNOFF_API }),
  mount,
  focusTarget: () => {
    const input = target();
    input?.focus();
    return input !== null && document.activeElement === input;
  },
  armKeystroke,
  keystroke: () => {
    if (!pending) return Promise.reject(new Error('armKeystroke() first'));
    const p = pending;
    pending = null;
    return p;
  },
  unmount,
};
window.signoffBench = api;
