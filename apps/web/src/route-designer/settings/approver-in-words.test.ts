import { describe, expect, it } from 'vitest';
import { approverInWords, isFragileApprover } from './approver-in-words';
import type { ApproverExpression } from './route-types';
import { testFields as fields, testOrg as org } from './test-route';

const zh = (e: ApproverExpression, withOrg = true) =>
  approverInWords(e, { fields, ...(withOrg ? { org } : {}) }, 'zh');
const en = (e: ApproverExpression) => approverInWords(e, { fields, org }, 'en');

describe('approverInWords', () => {
  it('says each kind the way an information officer does, in zh and en', () => {
    const cases: [ApproverExpression, string, string][] = [
      [{ kind: 'deptHead', level: 1 }, '申请人的部门负责人', "The applicant's department head"],
      [
        { kind: 'deptHead', level: 2 },
        '申请人的部门负责人（上一级）',
        "The applicant's department head (one level up)",
      ],
      [
        { kind: 'deptHead', level: 3 },
        '申请人的部门负责人（上两级）',
        "The applicant's department head (two levels up)",
      ],
      [
        { kind: 'supervisingLeader', by: 'department' },
        '分管领导（按部门）',
        'Supervising leader (by department)',
      ],
      [
        { kind: 'supervisingLeader', by: 'category', field: 'contentType' },
        '分管领导（按 内容分类）',
        'Supervising leader (by Content type)',
      ],
      [{ kind: 'position', name: '董事长' }, '职位「董事长」', 'Position "董事长"'],
      [{ kind: 'departmentHead', name: '财务部' }, '部门「财务部」的负责人', 'Head of department "财务部"'],
      [{ kind: 'role', name: '印章管理员' }, '角色「印章管理员」', 'Role "印章管理员"'],
      [{ kind: 'formUser', field: 'handler' }, '表单中的「经办人」', 'The person in the form\'s "Handler"'],
      [{ kind: 'chosenBySubmitter' }, '发起人自选', 'Chosen by the submitter'],
      [{ kind: 'user', id: 'u1' }, '指定成员「张三」', 'Named person "张三"'],
      [
        {
          kind: 'union',
          of: [
            { kind: 'deptHead', level: 1 },
            { kind: 'position', name: '出纳' },
          ],
        },
        '申请人的部门负责人 及 职位「出纳」',
        'The applicant\'s department head and Position "出纳"',
      ],
    ];
    for (const [expr, inZh, inEn] of cases) {
      expect(zh(expr)).toBe(inZh);
      expect(en(expr)).toBe(inEn);
    }
  });

  it('marks names the org or the form does not have, keeping them as written', () => {
    expect(zh({ kind: 'position', name: '总裁' })).toBe('职位「总裁」（⚠ 组织中没有此职位）');
    expect(zh({ kind: 'departmentHead', name: '法务部' })).toBe(
      '部门「法务部」的负责人（⚠ 组织中没有此部门）',
    );
    expect(zh({ kind: 'role', name: '司机' })).toBe('角色「司机」（⚠ 没有成员担任此角色）');
    expect(zh({ kind: 'user', id: 'u9' })).toBe('指定成员「u9」（⚠ 组织中没有此人）');
    expect(zh({ kind: 'user', id: 'u3' })).toBe('指定成员「王五」（⚠ 此人已离职）');
    expect(zh({ kind: 'formUser', field: 'gone' })).toBe('表单中的「gone」（⚠ 表单中没有此字段）');
    expect(en({ kind: 'supervisingLeader', by: 'category' })).toBe(
      'Supervising leader (by category) (⚠ the form has no such field)',
    );
    // without the org nothing can be judged, so nothing is marked
    expect(zh({ kind: 'position', name: '总裁' }, false)).toBe('职位「总裁」');
  });

  it('reads a malformed expression from the JSON view without throwing', () => {
    expect(zh({ kind: 'union', of: [] })).toBe('无法识别的审批人');
    expect(zh({ kind: 'nobody' } as unknown as ApproverExpression)).toBe('无法识别的审批人');
    let deep: ApproverExpression = { kind: 'chosenBySubmitter' };
    for (let i = 0; i < 100; i++) deep = { kind: 'union', of: [deep] };
    expect(zh(deep)).toBe('无法识别的审批人');
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
