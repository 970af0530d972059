import { describe, expect, it } from 'vitest';
import { auditInput } from './audit-query';

describe('the audit filters as audit.list takes them', () => {
  it('leaves out empty filters and trims the action prefix', () => {
    expect(auditInput({ action: '  ', actorId: '' }, 1)).toEqual({ page: 1, pageSize: 50 });
    expect(auditInput({ action: ' auth. ' }, 3, 200)).toEqual({ page: 3, pageSize: 200, action: 'auth.' });
  });

  it('includes the whole end day: the window runs to the next local midnight', () => {
    const input = auditInput({ from: '2026-12-01', to: '2026-12-01' }, 1);
    expect(Date.parse(input.to ?? '') - Date.parse(input.from ?? '')).toBe(24 * 3_600_000);
    expect(new Date(input.from ?? '').getHours()).toBe(0);
    expect(new Date(input.from ?? '').getDate()).toBe(1);
  });
});
