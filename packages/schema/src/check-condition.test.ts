import { describe, expect, it } from 'vitest';
import { checkCondition, type ConditionScope } from './check-condition.js';
import type { Condition } from './condition.js';
import { label, leaveForm, options } from './test-fixtures.js';

const scope: ConditionScope = {
  fields: [
    ...leaveForm().fields,
    { key: 'start', type: 'date', label: label('开始日期', 'Start date') },
    { key: 'tags', type: 'multiSelect', label: label('标签', 'Tags'), options: options('a', 'b') },
    { key: 'files', type: 'attachment', label: label('附件', 'Files') },
    { key: 'intro', type: 'description', label: label('说明', 'About') },
  ],
  ranks: ['职员', '主管级', '副总经理以上'],
};
const check = (c: Condition) => checkCondition(c, scope);
const at = (c: Condition) => check(c).map((p) => [p.path, p.code]);

describe('checkCondition', () => {
  it('accepts well-typed conditions', () => {
    const c: Condition = {
      op: 'and',
      conditions: [
        { op: 'gte', left: { field: 'days' }, right: { value: 3 } },
        { op: 'in', left: { field: 'type' }, values: ['事假', '病假'] },
        { op: 'gte', left: { applicant: 'rank' }, right: { value: '主管级' } },
        { op: 'in', left: { applicant: 'positions' }, values: ['工程部经理'] },
        { op: 'in', left: { field: 'tags' }, values: ['a'] },
        { op: 'between', left: { field: 'start' }, min: '2026-01-01', max: '2026-12-31' },
        { op: 'not', condition: { op: 'empty', operand: { field: 'files' } } },
        { op: 'eq', left: { field: 'reason' }, right: { field: 'type' } },
      ],
    };
    expect(check(c)).toEqual([]);
  });

  it('names the exact sub-expression of an unknown field', () => {
    const c: Condition = { op: 'and', conditions: [{ op: 'gte', left: { field: 'days' }, right: { value: 3 } }, { op: 'eq', left: { field: 'type' }, right: { field: 'kind' } }] };
    expect(check(c)).toEqual([{ path: 'conditions[1].right', code: 'unknown_field', message: { zh: '表单中没有字段「kind」', en: 'The form has no field "kind"' } }]);
  });

  it('refuses comparing a number field with a string, blaming the literal', () => {
    const c: Condition = { op: 'or', conditions: [{ op: 'not', condition: { op: 'gt', left: { field: 'days' }, right: { value: '3' } } }] };
    expect(check(c)).toEqual([
      {
        path: 'conditions[0].condition.right',
        code: 'type_mismatch',
        message: { zh: '「请假天数」是数字，不能与 "3" 比较', en: '"Leave days" is a number and cannot be compared with "3"' },
      },
    ]);
    expect(at({ op: 'eq', left: { value: 3 }, right: { field: 'reason' } })).toEqual([['left', 'type_mismatch']]);
    expect(at({ op: 'eq', left: { field: 'days' }, right: { field: 'reason' } })).toEqual([['right', 'type_mismatch']]);
  });

  it('refuses an option value the field does not offer', () => {
    expect(check({ op: 'eq', left: { field: 'type' }, right: { value: '婚假' } })).toEqual([
      { path: 'right', code: 'unknown_option', message: { zh: '「假期类型」没有选项「婚假」', en: '"Leave type" has no option "婚假"' } },
    ]);
    expect(at({ op: 'in', left: { field: 'type' }, values: ['事假', '婚假'] })).toEqual([['values[1]', 'unknown_option']]);
    expect(at({ op: 'notIn', left: { field: 'tags' }, values: ['a', 'z', 3] })).toEqual([['values[1]', 'unknown_option'], ['values[2]', 'type_mismatch']]);
  });

  it('refuses ordering what has no order', () => {
    expect(at({ op: 'lt', left: { field: 'type' }, right: { value: '事假' } })).toEqual([['left', 'not_ordered']]);
    expect(at({ op: 'between', left: { field: 'reason' }, min: 'a', max: 'b' })).toEqual([['left', 'not_ordered']]);
  });

  it('refuses comparing lists and files except with in or empty', () => {
    expect(at({ op: 'eq', left: { field: 'tags' }, right: { value: 'a' } })).toEqual([['left', 'not_comparable']]);
    expect(at({ op: 'eq', left: { applicant: 'positions' }, right: { value: '总经理' } })).toEqual([['left', 'not_comparable']]);
    expect(at({ op: 'in', left: { field: 'files' }, values: ['x'] })).toEqual([['left', 'not_comparable']]);
  });

  it('checks ranks against the tenant list and ranges for emptiness', () => {
    expect(at({ op: 'gte', left: { applicant: 'rank' }, right: { value: '董事' } })).toEqual([['right', 'unknown_rank']]);
    expect(at({ op: 'between', left: { applicant: 'rank' }, min: '副总经理以上', max: '职员' })).toEqual([['', 'empty_range']]);
    expect(at({ op: 'between', left: { field: 'days' }, min: 5, max: 1 })).toEqual([['', 'empty_range']]);
    expect(at({ op: 'between', left: { field: 'start' }, min: '2026-01-01', max: 'soon' })).toEqual([['max', 'type_mismatch']]);
  });

  it('refuses fields without a value, unknown attributes, operators and empty groups', () => {
    expect(at({ op: 'empty', operand: { field: 'intro' } })).toEqual([['operand', 'field_without_value']]);
    expect(at({ op: 'eq', left: { applicant: 'age' } as never, right: { value: 1 } })).toEqual([['left', 'unknown_attribute']]);
    expect(at({ op: 'xor', conditions: [] } as unknown as Condition)).toEqual([['op', 'invalid_condition']]);
    expect(at({ op: 'and', conditions: [{ op: 'or', conditions: [] }] })).toEqual([['conditions[0].conditions', 'empty_group']]);
    expect(at({ op: 'in', left: { field: 'type' }, values: [] })).toEqual([['values', 'invalid_condition']]);
    expect(at({ op: 'eq', left: {} as never, right: { value: 1 } })).toEqual([['left', 'invalid_operand']]);
  });

  it('reports every problem of a condition', () => {
    const c: Condition = {
      op: 'and',
      conditions: [
        { op: 'eq', left: { field: 'nope' }, right: { value: 1 } },
        { op: 'gt', left: { field: 'days' }, right: { value: 'x' } },
        { op: 'eq', left: { field: 'type' }, right: { value: 'y' } },
      ],
    };
    expect(at(c)).toEqual([
      ['conditions[0].left', 'unknown_field'],
      ['conditions[1].right', 'type_mismatch'],
      ['conditions[2].right', 'unknown_option'],
    ]);
  });
});
