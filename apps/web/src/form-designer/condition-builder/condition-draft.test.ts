import { describe, expect, it } from 'vitest';
import type { Condition } from '@signoff/schema';
import { draftCondition, draftFromCondition, leaves } from './condition-draft';
import { addGroup, addRow, removeNode, updateRow, withLeft, withOp } from './draft-edits';
import { leaveFields as fields } from './test-fields';

let n = 0;
const newId = () => `t${++n}`;

describe('condition drafts', () => {
  it('give back the stored rule unchanged, the parts rows cannot show included', () => {
    const rules: Condition[] = [
      { op: 'gte', left: { field: 'days' }, right: { value: 3 } },
      {
        op: 'and',
        conditions: [
          { op: 'in', left: { field: 'kind' }, values: ['annual'] },
          {
            op: 'or',
            conditions: [
              { op: 'empty', operand: { field: 'files' } },
              { op: 'between', left: { field: 'days' }, min: 1, max: 2 },
            ],
          },
          { op: 'not', condition: { op: 'eq', left: { field: 'title' }, right: { value: 'x' } } },
          { op: 'gte', left: { field: 'end' }, right: { field: 'start' } },
        ],
      },
    ];
    for (const rule of rules)
      expect(draftCondition(draftFromCondition(rule, newId))).toEqual({ condition: rule, complete: true });
  });

  it('leave an unfinished row out and say the rule is not complete', () => {
    let root = draftFromCondition({ op: 'gte', left: { field: 'days' }, right: { value: 3 } }, newId);
    root = addRow(root, root.id, newId);
    const blank = leaves(root)[1];
    expect(draftCondition(root)).toEqual({
      condition: { op: 'gte', left: { field: 'days' }, right: { value: 3 } },
      complete: false,
    });
    root = updateRow(root, blank?.id ?? '', (r) => withLeft(r, { field: 'kind' }, fields));
    expect(leaves(root)[1]).toMatchObject({ left: { field: 'kind' }, op: 'eq' });
    expect(draftCondition(root).complete).toBe(false);
  });

  it('drop a value of another kind when the field changes, keep it for the same kind', () => {
    const row = {
      kind: 'row' as const,
      id: 'x',
      left: { field: 'days' },
      op: 'gte' as const,
      value: 3,
      values: [],
    };
    expect(withLeft(row, { field: 'amount' }, fields)).toMatchObject({ op: 'gte', value: 3 });
    const toSelect = withLeft(row, { field: 'kind' }, fields);
    expect(toSelect.op).toBe('eq');
    expect(toSelect.value).toBeUndefined();
  });

  it('carry the value typed so far into a list or a range', () => {
    const row = {
      kind: 'row' as const,
      id: 'x',
      left: { field: 'kind' },
      op: 'eq' as const,
      value: 'sick',
      values: [],
    };
    expect(withOp(row, 'in').values).toEqual(['sick']);
    expect(withOp({ ...row, left: { field: 'days' }, value: 2 }, 'between').min).toBe(2);
  });

  it('remove a nested group with its last row', () => {
    let root = draftFromCondition(undefined, newId);
    root = addGroup(root, newId);
    const only = leaves(root)[0];
    root = removeNode(root, only?.id ?? '');
    expect(root.children).toEqual([]);
    expect(draftCondition(root)).toEqual({ condition: undefined, complete: true });
  });
});
