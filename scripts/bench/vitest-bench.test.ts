import { describe, expect, it } from 'vitest';
import { restoreRows } from './restore-bench';
import { figuresOf } from './vitest-bench';

// the shape vitest 4.1 writes with `vitest bench --outputJson` (trimmed to the fields read)
const output = {
  files: [
    {
      filepath: '/work/main/packages/db/src/backup/restore.bench.ts',
      groups: [
        {
          fullName: 'src/backup/restore.bench.ts > restore 10002 rows on pglite',
          benchmarks: [
            { name: 'COPY per page', hz: 2.19, mean: 456.3, p99: 470, sampleCount: 5 },
            { name: 'one INSERT per page', hz: 1.5, mean: 664, p99: 700, sampleCount: 5 },
          ],
        },
        {
          fullName: 'src/backup/restore.bench.ts > restore 10002 rows on postgres',
          benchmarks: [
            { name: 'COPY per page', hz: 1.35, mean: 742, p99: 760, sampleCount: 5 },
            { name: 'one INSERT per page', hz: 1.68, mean: 595, p99: 610, sampleCount: 5 },
          ],
        },
      ],
    },
  ],
};

describe("vitest's bench output", () => {
  it('yields one figure per bench with its group', () => {
    const figures = figuresOf(output);
    expect(figures).toHaveLength(4);
    expect(figures[0]).toEqual({
      group: 'src/backup/restore.bench.ts > restore 10002 rows on pglite',
      name: 'COPY per page',
      hz: 2.19,
      mean: 456.3,
      p99: 470,
      samples: 5,
    });
  });

  it('yields nothing from a file of another shape instead of throwing', () => {
    expect(figuresOf({})).toEqual([]);
    expect(figuresOf({ files: [{ groups: [{ benchmarks: [{ name: 'x' }] }] }] })).toEqual([]);
  });
});

describe('the restore result', () => {
  it('gives rows/s of the faster load per backend, judged against 20,000', () => {
    const rows = restoreRows(figuresOf(output));
    const perSecond = rows.filter((r) => r.unit === 'rows/s');
    expect(perSecond.map((r) => [r.measure.split(':')[0], r.value, r.met])).toEqual([
      ['PGlite', 21_920, true], // 10 002 rows in 456.3 ms, COPY
      ['PostgreSQL', 16_810, false], // in 595 ms, one INSERT per page
    ]);
  });
});
