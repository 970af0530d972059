import { describe, expect, it } from 'vitest';
import { extendOutcome } from './extend-outcome';

const open = [
  { taskId: 't-1', dueAt: '2026-12-16T10:00:00.000Z', overdueMs: 0 },
  { taskId: 't-2', dueAt: '2026-12-01T10:00:00.000Z', overdueMs: 3_600_000 },
  { taskId: 't-3', dueAt: null, overdueMs: 0 },
];

describe('extendOutcome', () => {
  it('reads the new due time of the extended task, on time or still late', () => {
    expect(extendOutcome(open, 't-1')).toEqual({ kind: 'onTime', dueAt: '2026-12-16T10:00:00.000Z' });
    expect(extendOutcome(open, 't-2')).toEqual({
      kind: 'stillOverdue',
      dueAt: '2026-12-01T10:00:00.000Z',
      overdueMs: 3_600_000,
    });
  });

  it('does not guess when the task is not listed or has no time limit', () => {
    expect(extendOutcome(open, 't-9')).toEqual({ kind: 'unknown' });
    expect(extendOutcome(open, 't-3')).toEqual({ kind: 'unknown' });
    expect(extendOutcome(undefined, 't-1')).toEqual({ kind: 'unknown' });
  });
});
