import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { setLang } from './i18n/i18n';
import { toastsShown } from './layout/toast';

// antd's grid and responsive observers ask for media queries, which jsdom does not implement
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// antd measures text areas and selects through ResizeObserver, also missing from jsdom
if (!('ResizeObserver' in window)) {
  class NoopResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as { ResizeObserver?: unknown }).ResizeObserver = NoopResizeObserver;
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = NoopResizeObserver;
}

let toastsSoFar = 0;
afterEach(async () => {
  // a toast still loading when the test ends would render into a torn-down document; one on screen
  // is taken down, and its unmount allowed to run, while the document is still there
  const shown = await toastsShown();
  if (shown > toastsSoFar) {
    toastsSoFar = shown;
    const { message } = await import('antd');
    message.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  cleanup();
  setLang('zh');
});
