// The bundle budget: the gzipped JavaScript a first visit of a page loads, computed from the build
// manifest (entry chunk + the page's lazy chunk + everything either imports statically). Exits 1 when a
// budget is exceeded or a page's chunks carry a package it must never load, so CI fails on a regression.
// Run after `vite build`: `pnpm --filter @signoff/web size`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { htmlEntryKey, readManifest, staticClosure } from './bundle-graph';

/** kB as Vite and size-limit print them: 1000 bytes. */
const KB = 1000;

interface PageBudget {
  name: string;
  /** the lazily imported page module(s), as manifest keys */
  pages: string[];
  /** gzip bytes; absent: reported, not enforced */
  limit?: number;
}

const BUDGETS: PageBudget[] = [
  // The goal of the approval-desk issue: 250 kB gzip for a first visit of the fill page (234 kB on
  // 2026-12-01, after the data router, antd's App/Typography/Progress/Radio and the Popover of the
  // bell left the path; docs/benchmarks.md).
  { name: 'fill page /apply/:templateId', pages: ['src/pages/FillFormPage.tsx'], limit: 250 * KB },
  { name: 'login page /login', pages: ['src/pages/LoginPage.tsx'] },
  // what every page loads before its own chunk: the shell (App, router, layout, i18n)
  { name: 'entry alone (every page)', pages: [] },
];

// What a first visit must never download: the editors, the flow canvas, charts and the designers,
// which only the admin and designer pages use.
const FORBIDDEN: RegExp[] = [
  /^monaco-editor$/,
  /^@monaco-editor\//,
  /^@xyflow\//,
  /^reactflow$/,
  /^echarts$/,
  /^zrender$/,
  /^@antv\//,
  /^recharts$/,
  /^chart\.js$/,
  /^src\/.*designer/i,
];

// a build elsewhere (`vite build --outDir /tmp/x`, then `pnpm size /tmp/x`) can be checked as well
const DIST = process.argv[2]
  ? join(process.argv[2], '/')
  : fileURLToPath(new URL('../dist/', import.meta.url));

type ChunkModules = Record<string, Record<string, number>>;

function readChunkModules(): ChunkModules {
  try {
    return JSON.parse(readFileSync(join(DIST, '.vite', 'chunk-modules.json'), 'utf8')) as ChunkModules;
  } catch {
    throw new Error(
      'dist/.vite/chunk-modules.json is missing: vite.config.ts must keep the signoff-chunk-modules plugin',
    );
  }
}

const fmt = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

function report(
  budget: PageBudget,
  files: string[],
  modules: ChunkModules,
): { gzip: number; problems: string[] } {
  let raw = 0;
  let gzip = 0;
  const rows: [string, number, number][] = [];
  for (const file of files) {
    const buf = readFileSync(join(DIST, file));
    const gz = gzipSync(buf).length;
    raw += buf.length;
    gzip += gz;
    rows.push([file, buf.length, gz]);
  }
  const parts: Record<string, number> = {};
  for (const file of files) {
    for (const [name, bytes] of Object.entries(modules[file] ?? {})) parts[name] = (parts[name] ?? 0) + bytes;
  }
  const problems: string[] = [];
  const banned = Object.keys(parts).filter((p) => FORBIDDEN.some((re) => re.test(p)));
  if (banned.length)
    problems.push(
      `${budget.name} loads ${banned.join(', ')}, which no first visit may load: import it lazily from the page that needs it`,
    );
  if (budget.limit !== undefined && gzip > budget.limit) {
    problems.push(
      `${budget.name}: initial JavaScript is ${fmt(gzip)} gzip, over the budget of ${fmt(budget.limit)} by ${fmt(gzip - budget.limit)}`,
    );
  }

  const verdict =
    budget.limit === undefined
      ? '(reported)'
      : gzip > budget.limit
        ? `OVER the ${fmt(budget.limit)} budget`
        : `within the ${fmt(budget.limit)} budget`;
  console.log(`\n${budget.name}: ${files.length} JS files, ${fmt(raw)} raw, ${fmt(gzip)} gzip ${verdict}`);
  for (const [file, r, g] of rows.sort((a, b) => b[2] - a[2]))
    console.log(`  ${fmt(g).padStart(9)}  ${fmt(r).padStart(9)} raw  ${file}`);
  const top = Object.entries(parts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12);
  console.log(
    `  largest parts (rendered, before minifying): ${top.map(([n, b]) => `${n} ${fmt(b)}`).join(', ')}`,
  );
  return { gzip, problems };
}

function main(): number {
  const manifest = readManifest(DIST);
  const modules = readChunkModules();
  const entry = htmlEntryKey(manifest);
  const problems: string[] = [];
  for (const budget of BUDGETS)
    problems.push(...report(budget, staticClosure(manifest, [entry, ...budget.pages]), modules).problems);
  if (problems.length) {
    console.error(`\nbundle size check FAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    console.error(
      '  (see which parts fill the page above; import antd components by name from "antd", icons one by one, and lazy-load heavy widgets)',
    );
    return 1;
  }
  console.log('\nbundle size check passed');
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`bundle size check FAILED: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
