import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  isBenchResult,
  renderReport,
  renderRow,
  replaceReportBlock,
  REPORT_END,
  REPORT_START,
  sortResults,
} from './report';
import type { BenchResult } from './result';

const engine: BenchResult = {
  bench: 'engine',
  title: 'Approval actions over HTTP against pgbench',
  at: '2026-12-03T07:07:46.177Z',
  commit: 'aef7091-dirty',
  machine: '2 × AMD EPYC, Node v20.20.2',
  load: [3.51, 2, 1.25],
  quick: false,
  rows: [
    {
      measure: 'actions/s, 16 clients',
      value: 111.7,
      unit: 'actions/s',
      baseline: { name: 'pgbench TPC-B TPS', value: 1767, unit: 'TPS' },
      ratio: 0.063,
      goal: '≥ 0.5×',
      met: false,
    },
    { measure: 'p50 | per action', value: 110.2, unit: 'ms' },
  ],
  notes: ['One session per person,\nshared by the clients.'],
};

const schema: BenchResult = {
  ...engine,
  bench: 'schema',
  title: 'Validation against raw ajv',
  rows: [{ measure: 'leave form', value: 1.08, unit: '×', goal: '≤ 1.1×', met: true }],
  notes: undefined,
};

describe('the generated report', () => {
  it('shows each row with its baseline, ratio, goal and verdict', () => {
    expect(renderRow(engine.rows[0]!)).toBe(
      '| actions/s, 16 clients | 111.7 actions/s | pgbench TPC-B TPS: 1,767 TPS | 0.063× | ≥ 0.5× | **no** |',
    );
    expect(renderRow(schema.rows[0]!)).toBe('| leave form | 1.08× |  |  | ≤ 1.1× | yes |');
  });

  it('keeps a pipe or a line break in a measure or a note from breaking the table', () => {
    const md = renderReport({ results: [engine] });
    expect(md).toContain('| p50 \\| per action | 110.2 ms |');
    expect(md).toContain('- One session per person, shared by the clients.');
  });

  it('says when, where, under what load and at which commit each bench ran, and how many goals it met', () => {
    const md = renderReport({ results: [engine] });
    expect(md).toContain(
      '2026-12-03 07:07 UTC · 2 × AMD EPYC, Node v20.20.2 · load 3.51 / 2.00 / 1.25 · commit `aef7091-dirty` · goals met: 0 of 1',
    );
    expect(md).not.toContain('quick (smoke) size');
    expect(renderReport({ results: [{ ...engine, quick: true }] })).toContain('quick (smoke) size');
  });

  it('orders benches as the runner knows them, unknown ones after by name', () => {
    const other = { ...schema, bench: 'aardvark' };
    expect(sortResults([other, schema, engine], ['engine', 'schema']).map((r) => r.bench)).toEqual([
      'engine',
      'schema',
      'aardvark',
    ]);
  });

  it("lists the last run's outcomes with the total time, failures marked", () => {
    const md = renderReport({
      results: [],
      command: 'pnpm bench engine',
      outcomes: [
        { bench: 'engine', status: 'passed', seconds: 201.4 },
        { bench: 'burst', status: 'not built', seconds: 0, reason: 'no "bench:burst" script yet' },
      ],
    });
    expect(md).toContain('Last run, `pnpm bench engine`: 2 benches, 201 s in all.');
    expect(md).toContain('| burst | **not built** | 0 | no "bench:burst" script yet |');
    expect(md).toContain('No bench results yet');
  });

  it('formats figures so that they compare at a glance', () => {
    expect(formatNumber(16_800.4)).toBe('16,800');
    expect(formatNumber(111.74)).toBe('111.7');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(0.06312)).toBe('0.0631');
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(Number.NaN)).toBe('—');
  });
});

describe('the report block in docs/benchmarks.md', () => {
  const doc = '# Benchmarks\n\nHow fast the pieces are.\n\n## Schema core\n\nprose\n';

  it('goes after the intro the first time, and the prose stays as it was', () => {
    const out = replaceReportBlock(doc, 'TABLES');
    expect(out).toBe(
      `# Benchmarks\n\nHow fast the pieces are.\n\n${REPORT_START}\nTABLES\n${REPORT_END}\n\n## Schema core\n\nprose\n`,
    );
  });

  it('is replaced in place on the next run, whatever it held', () => {
    const once = replaceReportBlock(doc, 'OLD\n## Latest figures\nold rows');
    const twice = replaceReportBlock(once, 'NEW');
    expect(twice).toBe(replaceReportBlock(doc, 'NEW'));
    expect(twice).not.toContain('OLD');
  });

  it('refuses a page with one marker only rather than guess where the block ends', () => {
    expect(() => replaceReportBlock(`${doc}${REPORT_START}\n`, 'X')).toThrow(/only one of/);
  });
});

describe('reading result files', () => {
  it('takes files of the BenchResult shape and leaves out the older free-form ones', () => {
    expect(isBenchResult(engine)).toBe(true);
    // docs/bench/engine.json before the shape: rows without measure/value/unit
    expect(isBenchResult({ bench: 'engine', at: 'x', rows: [{ clients: 1, actionsPerSecond: 39.9 }] })).toBe(
      false,
    );
    expect(isBenchResult({ ...engine, rows: [{ measure: 'x', value: '1', unit: 'ms' }] })).toBe(false);
    expect(isBenchResult(null)).toBe(false);
  });
});
