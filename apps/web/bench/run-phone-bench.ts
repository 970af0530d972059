// Phone emulation: the real server (signoff start --seed-demo) and the built app, a 390×844 phone
// with the CPU slowed 4× and a fast-3G link (through the DevTools protocol), against the same
// scenarios unthrottled, interleaved. Reports when the login page and the fill page are interactive.
// Usage: tsx bench/run-phone-bench.ts [--runs=N] [--tenant=demo] [--login=zhang.san] [--template=<key or title part>] [--no-build]
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { build } from 'vite';
import { PASSWORD } from '../e2e/browser';
import { startSignoff } from '../e2e/server';
import { launchChromium } from './lib/chromium';
import { machineFacts } from './lib/machine';
import { addReadyProbe, timeNavigation, type PageTiming } from './lib/page-ready';
import {
  applyConditions,
  FAST_3G,
  PHONE_CPU_SLOWDOWN,
  PHONE_VIEWPORT,
  type Conditions,
} from './lib/phone-conditions';
import { saveResults } from './lib/results';
import { phoneRows, type PhoneFigures } from './lib/result-rows';
import { writeResult } from '../../../scripts/bench/result';
import { median, ms } from './lib/stats';

const LOGIN_READY = ['#login', '#password', '[data-testid="login-submit"]'];
// the renderer's fields (or any form's) and the submit button
const FILL_READY = [
  '.signoff-form input, .signoff-form textarea, form input',
  '[data-testid="submit-form"], form button[type="submit"]',
];

const CONDITIONS: Conditions[] = [
  {
    name: `phone (CPU ${PHONE_CPU_SLOWDOWN}×, ${FAST_3G.downloadThroughput / 125_000} Mbps / ${FAST_3G.latency} ms)`,
    throttled: true,
  },
  { name: 'unthrottled (same viewport)', throttled: false },
];

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

const phone: BrowserContextOptions = {
  viewport: PHONE_VIEWPORT,
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

interface Run {
  loginCold: PageTiming;
  fillCold: PageTiming;
  fillCached: PageTiming;
}

interface Published {
  templateId: string;
  key: string;
  title: { zh: string; en: string };
}

/** Logs in through the login page, timing its cold load; returns the session for the fill-page contexts. */
async function loginCold(browser: Browser, baseUrl: string, c: Conditions, login: string) {
  const context = await browser.newContext(phone);
  await addReadyProbe(context, LOGIN_READY);
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await applyConditions(page, c);
  const timing = await timeNavigation(page, `${baseUrl}/login`);
  const tenant = page.locator('#tenantCode');
  if ((await tenant.count()) > 0) await tenant.fill(option('tenant') ?? 'demo');
  await page.locator('#login').fill(login);
  await page.locator('#password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${baseUrl}/`);
  const state = await context.storageState();
  const forms = await page.evaluate(async () => {
    const res = await fetch('/trpc/forms.listPublished');
    return ((await res.json()) as { result: { data: unknown } }).result.data;
  });
  await context.close();
  return { timing, state, forms: forms as Published[] };
}

async function fillVisits(
  browser: Browser,
  url: string,
  c: Conditions,
  state: BrowserContextOptions['storageState'],
) {
  // a new context: logged in, but nothing cached
  const context = await browser.newContext({ ...phone, storageState: state });
  await addReadyProbe(context, FILL_READY);
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await applyConditions(page, c);
  const cold = await timeNavigation(page, url);
  await page.goto('about:blank');
  const cached = await timeNavigation(page, url);
  await context.close();
  return { cold, cached };
}

function pickTemplate(forms: Published[], wanted: string | undefined): Published {
  const found = wanted
    ? forms.find((f) => f.key === wanted || f.title.zh.includes(wanted) || f.title.en.includes(wanted))
    : forms[0];
  if (!found)
    throw new Error(
      `no published template ${wanted ? `matching "${wanted}"` : ''} (have: ${forms.map((f) => f.key).join(', ')})`,
    );
  return found;
}

async function main(): Promise<void> {
  const runs = Number(option('runs') ?? 5);
  const login = option('login') ?? 'zhang.san';
  const webDir = fileURLToPath(new URL('../', import.meta.url));
  if (!process.argv.includes('--no-build'))
    await build({
      root: webDir,
      configFile: `${webDir}vite.config.ts`,
      mode: 'production',
      logLevel: 'warn',
    });

  let server = await startSignoff();
  const browser = await launchChromium();
  const results: Record<string, Run[]> = Object.fromEntries(CONDITIONS.map((c) => [c.name, []]));
  let template: Published | undefined;
  try {
    for (let r = 0; r < runs; r++) {
      const order = r % 2 === 0 ? CONDITIONS : [...CONDITIONS].reverse();
      for (const c of order) {
        for (let attempt = 1; ; attempt++) {
          try {
            const { timing, state, forms } = await loginCold(browser, server.baseUrl, c, login);
            template ??= pickTemplate(forms, option('template'));
            const fill = await fillVisits(
              browser,
              `${server.baseUrl}/apply/${encodeURIComponent(template.templateId)}`,
              c,
              state,
            );
            results[c.name]?.push({ loginCold: timing, fillCold: fill.cold, fillCached: fill.cached });
            break;
          } catch (e) {
            if (attempt >= 3) throw e;
            // The server keeps index.html from its start; a build elsewhere that replaced dist/ leaves it
            // pointing at scripts that are gone. A fresh server (and database) reads the new one.
            console.warn(
              `\nrun ${r + 1} (${c.name}) failed, restarting the server: ${e instanceof Error ? e.message : String(e)}`,
            );
            await server.stop();
            server = await startSignoff();
            template = undefined;
          }
        }
      }
      process.stdout.write(`run ${r + 1}/${runs}\r`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  const facts = machineFacts(browser.version());
  console.log(
    `\nphone emulation — ${PHONE_VIEWPORT.width}×${PHONE_VIEWPORT.height} @3×, fill page of "${template?.title.zh}" (${template?.key}), ${runs} runs interleaved, medians`,
  );
  console.log(
    Object.entries(facts)
      .map(([k, v]) => `${k}: ${v}`)
      .join(' · '),
  );
  console.log(
    '| scenario | conditions | shown | interactive | JS transferred | requests | revalidated (304) |\n| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const c of CONDITIONS) {
    const list = results[c.name] ?? [];
    for (const [label, pick] of [
      ['login page, cold', (x: Run) => x.loginCold],
      ['fill page, cold (logged in)', (x: Run) => x.fillCold],
      ['fill page, cached second visit', (x: Run) => x.fillCached],
    ] as const) {
      const t = list.map(pick);
      const kb = median(t.map((x) => x.jsBytes)) / 1000;
      console.log(
        `| ${label} | ${c.name} | ${ms(median(t.map((x) => x.shownMs)))} | ${ms(median(t.map((x) => x.interactiveMs)))} | ${kb.toFixed(1)} kB | ${median(t.map((x) => x.requests))} | ${median(t.map((x) => x.revalidated))} |`,
      );
    }
  }
  console.log(
    `raw samples: ${saveResults('phone', { facts, runs, template, fast3g: FAST_3G, cpu: PHONE_CPU_SLOWDOWN, results })}`,
  );
  const figures = (c: Conditions | undefined): PhoneFigures | undefined => {
    const list = c ? results[c.name] : undefined;
    if (!list?.length) return undefined;
    return {
      loginInteractive: median(list.map((x) => x.loginCold.interactiveMs)),
      fillInteractive: median(list.map((x) => x.fillCold.interactiveMs)),
      cachedInteractive: median(list.map((x) => x.fillCached.interactiveMs)),
      loginJsKb: median(list.map((x) => x.loginCold.jsBytes)) / 1000,
      fillJsKb: median(list.map((x) => x.fillCold.jsBytes)) / 1000,
    };
  };
  const throttled = figures(CONDITIONS.find((c) => c.throttled));
  const json = writeResult({
    bench: 'phone',
    title: `Phone (${PHONE_VIEWPORT.width}×${PHONE_VIEWPORT.height}, CPU ${PHONE_CPU_SLOWDOWN}×, fast 3G): login and fill page, headless Chromium`,
    rows: throttled ? phoneRows(throttled, figures(CONDITIONS.find((c) => !c.throttled))) : [],
    notes: [
      `The real server (signoff start --seed-demo, embedded database) and the built app; fill page of "${template?.title.en ?? ''}" (${template?.key ?? ''}); ${runs} runs interleaved with the unthrottled ones, medians.`,
      `Interactive: the form's inputs and button shown and enabled, and the main thread then quiet; Chromium ${facts.chromium ?? ''}.`,
    ],
  });
  console.log(`results: ${json}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exitCode = 1;
});
