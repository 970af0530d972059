import { describe, expect, it } from 'vitest';
import { validateApproverExpression } from './validate-approver-expression.js';

describe('validateApproverExpression', () => {
  it('accepts every kind in its valid shape', () => {
    for (const e of [
      { kind: 'deptHead', level: 2 },
      { kind: 'supervisingLeader', by: 'category', field: '申购类别' },
      { kind: 'position', name: '出纳' },
      { kind: 'departmentHead', name: '财务部' },
      { kind: 'role', name: 'admin' },
      { kind: 'user', id: 'u-1' },
      { kind: 'formUser', field: 'handler' },
      { kind: 'chosenBySubmitter' },
      { kind: 'union', of: [{ kind: 'position', name: '出纳' }] },
    ]) {
      expect(validateApproverExpression(e)).toEqual([]);
    }
  });

  it('names the exact place of the problem, in both languages', () => {
    const problems = validateApproverExpression({ kind: 'union', of: [{ kind: 'position', name: '出纳' }, { kind: 'deptHead', level: 0 }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('of[1].level');
    expect(problems[0]?.message.zh).toContain('1 到 10');
    expect(problems[0]?.message.en).toContain('1 to 10');
  });

  it('refuses unknown kinds, blank names, bad "by" and empty unions', () => {
    expect(validateApproverExpression({ kind: 'boss' })[0]?.path).toBe('kind');
    expect(validateApproverExpression({ kind: 'position', name: ' ' })[0]?.path).toBe('name');
    expect(validateApproverExpression({ kind: 'supervisingLeader', by: 'mood' })[0]?.path).toBe('by');
    expect(validateApproverExpression({ kind: 'union', of: [] })[0]?.path).toBe('of');
    expect(validateApproverExpression('deptHead')[0]?.path).toBe('');
  });
});
