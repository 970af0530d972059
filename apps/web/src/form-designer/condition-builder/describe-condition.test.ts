import { describe, expect, it } from 'vitest';
import type { Condition } from '@signoff/schema';
import { describeCondition, describeRule } from './describe-condition';
import { leaveFields as fields } from './test-fields';

const daysAtLeast3: Condition = { op: 'gte', left: { field: 'days' }, right: { value: 3 } };
const annual: Condition = { op: 'eq', left: { field: 'kind' }, right: { value: 'annual' } };

describe('describeCondition', () => {
  it('reads an and-rule with field and option labels, in Chinese and English', () => {
    const rule: Condition = { op: 'and', conditions: [daysAtLeast3, annual] };
    expect(describeCondition(rule, fields, 'zh')).toBe('当 请假天数 ≥ 3 且 假期类型 = 年休假 时显示');
    expect(describeCondition(rule, fields, 'en')).toBe(
      'Shown when Leave days ≥ 3 and Leave type = Annual leave',
    );
  });

  it('says a field without a rule is always shown', () => {
    expect(describeCondition(undefined, fields, 'zh')).toBe('始终显示');
    expect(describeCondition(undefined, fields, 'en')).toBe('Always shown');
  });

  it('brackets a nested group so "and" and "or" read unambiguously', () => {
    const rule: Condition = {
      op: 'and',
      conditions: [
        daysAtLeast3,
        { op: 'or', conditions: [annual, { op: 'eq', left: { field: 'kind' }, right: { value: 'sick' } }] },
      ],
    };
    expect(describeRule(rule, fields, 'zh')).toBe('请假天数 ≥ 3 且 （假期类型 = 年休假 或 假期类型 = 病假）');
    expect(describeRule(rule, fields, 'en')).toBe(
      'Leave days ≥ 3 and (Leave type = Annual leave or Leave type = Sick leave)',
    );
  });

  it('reads lists, ranges, emptiness, applicant facts and quoted text', () => {
    const rule: Condition = {
      op: 'or',
      conditions: [
        { op: 'in', left: { field: 'kind' }, values: ['annual', 'sick'] },
        { op: 'in', left: { field: 'needs' }, values: ['car'] },
        { op: 'between', left: { field: 'start' }, min: '2026-05-01', max: '2026-05-31' },
        { op: 'notEmpty', operand: { field: 'files' } },
        { op: 'gte', left: { applicant: 'rank' }, right: { value: '主管级' } },
        { op: 'notIn', left: { applicant: 'positions' }, values: ['出纳'] },
        { op: 'ne', left: { field: 'title' }, right: { value: '紧急' } },
      ],
    };
    expect(describeRule(rule, fields, 'zh')).toBe(
      '假期类型 属于 年休假、病假 或 需要 包含 用车 中的任一项 或 开始日期 介于 2026-05-01 和 2026-05-31 之间 或 附件 不为空 或 申请人职级 ≥ 主管级 或 申请人岗位 不包含 出纳 中的任何一项 或 标题 ≠ “紧急”',
    );
    expect(describeRule(rule, fields, 'en')).toBe(
      'Leave type is one of Annual leave, Sick leave or Needs includes any of Car or Start date is between 2026-05-01 and 2026-05-31 or Attachments is not empty or the applicant\'s rank ≥ 主管级 or the applicant\'s positions includes none of 出纳 or Title ≠ "紧急"',
    );
  });

  it('names a deleted field and reads malformed JSON without throwing', () => {
    expect(describeRule({ op: 'empty', operand: { field: 'gone' } }, fields, 'zh')).toBe(
      '已删除的字段「gone」 为空',
    );
    expect(describeRule({ op: 'not', condition: annual }, fields, 'en')).toBe(
      'not (Leave type = Annual leave)',
    );
    expect(describeRule({ op: 'xor' } as unknown as Condition, fields, 'en')).toBe(
      '(an unrecognised condition)',
    );
    const deep: unknown = JSON.parse(
      '{"op":"and","conditions":[' + '{"op":"not","condition":'.repeat(100) + '{}' + '}'.repeat(100) + ']}',
    );
    expect(() => describeRule(deep as Condition, fields, 'zh')).not.toThrow();
  });
});
