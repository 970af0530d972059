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

afterEach(async () => {
  // a toast still loading when the test ends would render into a torn-down document
  await toastsShown();
  const { message } = await import('antd');
  message.destroy();
  cleanup();
  setLang('zh');
});
