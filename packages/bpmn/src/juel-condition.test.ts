import type { FormField } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { juelCondition } from './juel-condition.js';

const L = (zh: string, en: string) => ({ zh, en });
const fields: FormField[] = [
  { key: 'days', type: 'number', label: L('请假天数', 'Leave days') },
  { key: 'remark', type: 'text', label: L('备注', 'Remark') },
  { key: 'type', type: 'select', label: L('类型', 'Type'), options: [{ value: 'x', label: L('甲', 'X') }] },
];

describe('juelCondition', () => {
  it('reads comparisons, and/or/not, empty and null checks onto fields', () => {
    expect(juelCondition("${days >= 3 && type == 'x'}", fields)).toEqual({
      ok: true,
      condition: {
        op: 'and',
        conditions: [
          { op: 'gte', left: { field: 'days' }, right: { value: 3 } },
          { op: 'eq', left: { field: 'type' }, right: { value: 'x' } },
        ],
      },
    });
    expect(juelCondition('#{!(请假天数 < 1) or empty remark}', fields)).toEqual({
      ok: true,
      condition: {
        op: 'or',
        conditions: [
          { op: 'not', condition: { op: 'lt', left: { field: 'days' }, right: { value: 1 } } },
          { op: 'empty', operand: { field: 'remark' } },
        ],
      },
    });
    expect(juelCondition('${remark != null}', fields)).toEqual({
      ok: true,
      condition: { op: 'notEmpty', operand: { field: 'remark' } },
    });
  });

  it('leaves out what it cannot read or place, with the reason in both languages', () => {
    const call = juelCondition('${execution.getVariable("days") > 3}', fields);
    expect(call).toMatchObject({ ok: false, reason: { code: 'unsupportedExpression' } });
    expect(juelCondition('${amount > 5000}', fields)).toEqual({
      ok: false,
      reason: {
        code: 'unknownField',
        zh: '表单中没有名为「amount」的字段',
        en: 'the form has no field named "amount"',
      },
    });
    const mismatch = juelCondition("${days == 'many'}", fields);
    expect(mismatch.ok).toBe(false);
    if (!mismatch.ok) {
      expect(mismatch.reason.code).toBe('fieldMismatch');
      expect(mismatch.reason.zh).not.toBe('');
      expect(mismatch.reason.en).not.toBe('');
    }
    expect(juelCondition('${days + 1 > 3}', fields)).toMatchObject({
      ok: false,
      reason: { code: 'unsupportedExpression' },
    });
    expect(juelCondition('${}', fields)).toMatchObject({ ok: false });
  });
});
