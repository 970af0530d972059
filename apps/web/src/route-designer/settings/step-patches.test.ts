import { describe, expect, it } from 'vitest';
import type { StepNode } from './route-types';
import { actionOn, actionPatch, permissionsWith, reminderPatch, timeLimitOf } from './step-patches';

const approve: StepNode = {
  id: 'a',
  type: 'approve',
  name: { zh: '审批', en: 'Approve' },
  approvers: { kind: 'deptHead', level: 1 },
  mode: 'single',
};
const handle: StepNode = {
  id: 'h',
  type: 'handle',
  name: { zh: '办理', en: 'Handle' },
  approvers: { kind: 'chosenBySubmitter' },
};

describe('step patches', () => {
  it('reads 已阅 as on only when both the list and the flag let it through, as the engine does', () => {
    expect(actionOn(approve, 'acknowledge')).toBe(false);
    expect(actionOn({ ...approve, acknowledgeAllowed: true }, 'acknowledge')).toBe(true);
    expect(
      actionOn(
        { ...approve, acknowledgeAllowed: true, allowedActions: ['approve', 'reject'] },
        'acknowledge',
      ),
    ).toBe(false);
    expect(actionOn(approve, 'transfer')).toBe(true);
  });

  it('always keeps the completing action of a handle step in a narrowed list', () => {
    expect(actionPatch(handle, 'return', false)).toEqual({ allowedActions: ['done', 'reject', 'transfer'] });
    expect(
      actionPatch({ ...handle, allowedActions: ['done', 'reject', 'transfer'] }, 'return', true),
    ).toEqual({
      allowedActions: undefined,
    });
  });

  it('prefers timeLimit over the first version’s timeLimitHours', () => {
    expect(timeLimitOf({ ...approve, timeLimitHours: 8 })).toEqual({ unit: 'hours', amount: 8 });
    expect(timeLimitOf({ ...approve, timeLimitHours: 8, timeLimit: { workingDays: 2 } })).toEqual({
      unit: 'workingDays',
      amount: 2,
    });
  });

  it('stores the default reminder and read permission as nothing', () => {
    expect(reminderPatch(undefined, undefined)).toEqual({ reminder: undefined });
    expect(reminderPatch(4, undefined)).toEqual({ reminder: { afterHours: 4 } });
    expect(permissionsWith({ a: 'hidden' }, 'a', 'read')).toBeUndefined();
    expect(permissionsWith(undefined, 'a', 'edit')).toEqual({ a: 'edit' });
  });
});
