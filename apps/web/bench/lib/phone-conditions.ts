import type { Page } from 'playwright-core';

/** A mid-range phone on a fast-3G link, as the speed budget puts it. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };
export const PHONE_CPU_SLOWDOWN = 4;
export const FAST_3G = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

export interface Conditions {
  name: string;
  throttled: boolean;
}

/** Applies CPU and network throttling to this page through the DevTools protocol (nothing when not throttled). */
export async function applyConditions(page: Page, c: Conditions): Promise<void> {
  if (!c.throttled) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...FAST_3G });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
}
