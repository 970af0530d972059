import { describe, expect, it } from 'vitest';
import { approverInWords, isFragileApprover } from './approver-in-words';
import type { ApproverExpression } from './route-types';
import { testFields as fields, testOrg as org } from './test-route';

// Each kind's wording is @signoff/org's describeApprovers, tested there; here: that the designer
// hands it the form's labels and the tenant's org, so the canvas reads as the officer knows them.
describe('approverInWords', () => {
  it("reads the form's field labels and the org's people, in zh and en", () => {
    const byCategory: ApproverExpression = {
      kind: 'supervisingLeader',
      by: 'category',
      field: 'contentType',
    };
    expect(approverInWords(byCategory, { fields, org }, 'zh')).toBe('分管领导（按 内容分类）');
    expect(approverInWords(byCategory, { fields, org }, 'en')).toBe('Supervising leader (by Content type)');
    expect(approverInWords({ kind: 'user', id: 'u1' }, { fields, org }, 'zh')).toBe('指定成员「张三」');
  });

  it('marks what the org lacks only when the org is known', () => {
    const ceo: ApproverExpression = { kind: 'position', name: '总裁' };
    expect(approverInWords(ceo, { fields, org }, 'zh')).toBe('职位「总裁」（⚠ 组织中没有此职位）');
    expect(approverInWords(ceo, { fields }, 'zh')).toBe('职位「总裁」');
  });
});

describe('isFragileApprover', () => {
  it('is true for a named person, alone or in a union, and only then', () => {
    expect(isFragileApprover({ kind: 'user', id: 'u1' })).toBe(true);
    expect(
      isFragileApprover({
        kind: 'union',
        of: [
          { kind: 'deptHead', level: 1 },
          { kind: 'user', id: 'u1' },
        ],
      }),
    ).toBe(true);
    expect(isFragileApprover({ kind: 'position', name: '董事长' })).toBe(false);
    expect(isFragileApprover({ kind: 'formUser', field: 'handler' })).toBe(false);
  });
});
