import { chromium, type Browser } from 'playwright-core';

/**
 * The system Chromium with the e2e tests' flags (apps/web/e2e/browser.ts), plus a callable gc() so a
 * benchmark can collect garbage between samples instead of timing a collection it did not cause.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--js-flags=--expose-gc',
    ],
  });
}
