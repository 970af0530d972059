// The report: every docs/bench/*.json turned into markdown, without I/O, so the same input always
// gives the same page (the runner reads the files and writes the page; the test feeds it results).
import type { BenchResult, BenchRow } from './result';

export const REPORT_START = '<!-- bench:report:start -->';
export const REPORT_END = '<!-- bench:report:end -->';

/** How the last run of the runner went for one bench; absent when the report is rebuilt from files alone. */
export interface RunOutcome {
  bench: string;
  status: 'passed' | 'failed' | 'timed out' | 'skipped' | 'not built';
  seconds: number;
  /** why it was skipped or failed, one line */
  reason?: string;
}

export interface ReportInput {
  results: readonly BenchResult[];
  /** bench names in the order the runner knows them; others follow by name */
  order?: readonly string[];
  outcomes?: readonly RunOutcome[];
  /** the command that gave the outcomes, e.g. 'pnpm bench engine' */
  command?: string;
  quick?: boolean;
}

/** Digits a reader can compare: integers with separators from 1,000, fewer decimals as numbers grow. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (Number.isInteger(value)) return String(value);
  if (abs >= 100) return value.toFixed(1).replace(/\.0$/, '');
  if (abs >= 1) return value.toFixed(2).replace(/\.?0+$/, '');
  if (abs === 0) return '0';
  return String(Number(value.toPrecision(3)));
}

function withUnit(value: number, unit: string): string {
  const n = formatNumber(value);
  if (unit === '') return n;
  // '×' and '%' read attached (0.5×, 12 %: the docs already write the percent apart)
  return unit === '×' ? `${n}×` : `${n} ${unit}`;
}

/** A table cell: a pipe or a line break would end the cell or the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function metCell(row: BenchRow): string {
  if (row.met === undefined) return '';
  return row.met ? 'yes' : '**no**';
}

export function renderRow(row: BenchRow): string {
  const baseline = row.baseline
    ? `${row.baseline.name}: ${withUnit(row.baseline.value, row.baseline.unit)}`
    : '';
  const ratio = row.ratio === undefined ? '' : `${formatNumber(row.ratio)}×`;
  const cells = [row.measure, withUnit(row.value, row.unit), baseline, ratio, row.goal ?? '', metCell(row)];
  return `| ${cells.map(cell).join(' | ')} |`;
}

function loadText(load: readonly number[]): string {
  return load.map((l) => l.toFixed(2)).join(' / ');
}

function goalsLine(rows: readonly BenchRow[]): string {
  const judged = rows.filter((r) => r.met !== undefined);
  if (judged.length === 0) return 'no goals';
  const met = judged.filter((r) => r.met).length;
  return `goals met: ${met} of ${judged.length}`;
}

export function renderResult(result: BenchResult): string {
  const lines = [
    `### ${result.title} (\`${result.bench}\`)`,
    '',
    `${result.at.slice(0, 16).replace('T', ' ')} UTC · ${result.machine} · load ${loadText(result.load)} · commit \`${result.commit}\`${result.quick ? ' · **quick (smoke) size, not a measurement**' : ''} · ${goalsLine(result.rows)}`,
    '',
  ];
  if (result.rows.length === 0) {
    lines.push('_No rows: the bench ran but measured nothing._');
  } else {
    lines.push(
      '| measure | value | baseline | ratio | goal | met |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const row of result.rows) lines.push(renderRow(row));
  }
  if (result.notes?.length) {
    lines.push('');
    for (const note of result.notes) lines.push(`- ${note.replace(/\r?\n/g, ' ')}`);
  }
  return lines.join('\n');
}

/** Registry order first (the order a reader meets the benches in), then any other bench by name. */
export function sortResults(results: readonly BenchResult[], order: readonly string[] = []): BenchResult[] {
  const rank = (name: string) => {
    const i = order.indexOf(name);
    return i === -1 ? order.length : i;
  };
  return [...results].sort((a, b) => rank(a.bench) - rank(b.bench) || a.bench.localeCompare(b.bench));
}

function renderOutcomes(outcomes: readonly RunOutcome[], command: string): string {
  const total = outcomes.reduce((sum, o) => sum + o.seconds, 0);
  const lines = [
    `Last run, \`${command}\`: ${outcomes.length} benches, ${formatNumber(Math.round(total))} s in all.`,
    '',
    '| bench | status | seconds | why |',
    '| --- | --- | --- | --- |',
  ];
  for (const o of outcomes)
    lines.push(
      `| ${cell(o.bench)} | ${o.status === 'passed' ? o.status : `**${o.status}**`} | ${formatNumber(Math.round(o.seconds))} | ${cell(o.reason ?? '')} |`,
    );
  return lines.join('\n');
}

/** The whole generated block, markers excluded. */
export function renderReport(input: ReportInput): string {
  const results = sortResults(input.results, input.order);
  const parts = [
    '## Latest figures (generated by `pnpm bench`)',
    '',
    `Written by \`scripts/bench/run.ts\` from \`docs/bench/*.json\`${input.quick ? ' (quick run: smoke sizes, the figures mean nothing)' : ''}; edit the benches, not this block. Each table is one bench's last run on the machine it names: compare ratios, not absolute figures, across machines or loads.`,
  ];
  if (input.outcomes?.length) parts.push('', renderOutcomes(input.outcomes, input.command ?? 'pnpm bench'));
  if (results.length === 0) parts.push('', '_No bench results yet: run `pnpm bench`._');
  for (const result of results) parts.push('', renderResult(result));
  return parts.join('\n');
}

/**
 * Puts the block between the markers, or, the first time, right after the intro (before the first
 * `## ` section) so the latest figures are the first thing a reader sees.
 */
export function replaceReportBlock(doc: string, block: string): string {
  const wrapped = `${REPORT_START}\n${block.trimEnd()}\n${REPORT_END}`;
  const start = doc.indexOf(REPORT_START);
  const end = doc.indexOf(REPORT_END);
  if (start !== -1 && end > start) return doc.slice(0, start) + wrapped + doc.slice(end + REPORT_END.length);
  if (start !== -1 || end !== -1)
    throw new Error(`docs/benchmarks.md has only one of ${REPORT_START} and ${REPORT_END}: mend it by hand`);
  const firstSection = /^## /m.exec(doc);
  if (!firstSection) return `${doc.trimEnd()}\n\n${wrapped}\n`;
  return `${doc.slice(0, firstSection.index)}${wrapped}\n\n${doc.slice(firstSection.index)}`;
}

/** True when the value has the BenchResult shape (files written by hand or by an older bench may not). */
export function isBenchResult(value: unknown): value is BenchResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof BenchResult, unknown>>;
  return (
    typeof v.bench === 'string' &&
    typeof v.title === 'string' &&
    typeof v.at === 'string' &&
    typeof v.commit === 'string' &&
    typeof v.machine === 'string' &&
    Array.isArray(v.load) &&
    typeof v.quick === 'boolean' &&
    Array.isArray(v.rows) &&
    v.rows.every(
      (r: unknown) =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as BenchRow).measure === 'string' &&
        typeof (r as BenchRow).value === 'number' &&
        typeof (r as BenchRow).unit === 'string',
    )
  );
}
