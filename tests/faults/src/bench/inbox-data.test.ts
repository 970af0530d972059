import { describe, expect, it } from 'vitest';
import { copyLine, instanceStatus, INSTANCES, NOW, taskLines, taskRow } from './inbox-data.js';

describe('the inbox-at-scale data set', () => {
  it('escapes what COPY text format would misread and writes NULL as \\N', () => {
    expect(copyLine(['a\tb', 'c\\d', 'e\nf', null, 3])).toBe('a\\tb\tc\\\\d\te\\nf\t\\N\t3\n');
  });

  it('opens tasks only on running requests, one pending step each, and has overdue ones to find', () => {
    const rows = Array.from({ length: 1000 }, (_, k) => taskRow(k, 1000));
    const pending = rows.filter((r) => r.status === 'pending');
    for (const r of pending) expect(instanceStatus(r.n)).toBe('running');
    expect(new Set(pending.map((r) => r.n)).size).toBe(pending.length);
    const overdue = pending.filter((r) => r.dueAt !== null && Date.parse(r.dueAt) < NOW.getTime());
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.some((r) => r.card === 'red')).toBe(true);
    // every task points at a request of its company
    expect(rows.every((r) => r.n >= 0 && r.n < INSTANCES)).toBe(true);
  });

  it('gives each line as many fields as the table has columns', () => {
    const [first] = taskLines(0, 10);
    expect(first?.split('\t')).toHaveLength(12);
  });
});
