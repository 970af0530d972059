import { describe, expect, it } from 'vitest';
import type { ApproverExpression } from './approver-expression.js';
import { describeApprovers, type ApproverWordsContext } from './approver-words.js';

const fields = [
  { key: 'contentType', label: { zh: '内容分类', en: 'Content type' } },
  { key: 'handler', label: { zh: '经办人', en: 'Handler' } },
];
const org: NonNullable<ApproverWordsContext['org']> = {
  positions: [{ name: '董事长' }, { name: '出纳' }],
  departments: [{ name: '财务部' }],
  users: [
    { id: 'u1', name: '张三', active: true, roles: ['印章管理员'], leftAt: null },
    { id: 'u3', name: '王五', active: false, roles: [], leftAt: '2026-10-01' },
  ],
};

describe('describeApprovers', () => {
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
    for (const [expr, zh, en] of cases) {
      expect(describeApprovers(expr, 'zh', { fields, org })).toBe(zh);
      expect(describeApprovers(expr, 'en', { fields, org })).toBe(en);
    }
  });

  it('says a route without the form or the org, as the command line does: keys and ids as written, nothing marked', () => {
    expect(describeApprovers({ kind: 'supervisingLeader', by: 'category' }, 'zh')).toBe(
      '分管领导（按 category）',
    );
    expect(describeApprovers({ kind: 'formUser', field: 'handler' }, 'en')).toBe(
      'The person in the form\'s "handler"',
    );
    expect(describeApprovers({ kind: 'position', name: '总裁' }, 'zh')).toBe('职位「总裁」');
    expect(describeApprovers({ kind: 'user', id: 'u9' }, 'zh')).toBe('指定成员「u9」');
  });

  it('marks names the org or the form does not have, keeping them as written', () => {
    const zh = (e: ApproverExpression) => describeApprovers(e, 'zh', { fields, org });
    expect(zh({ kind: 'position', name: '总裁' })).toBe('职位「总裁」（⚠ 组织中没有此职位）');
    expect(zh({ kind: 'departmentHead', name: '法务部' })).toBe(
      '部门「法务部」的负责人（⚠ 组织中没有此部门）',
    );
    expect(zh({ kind: 'role', name: '司机' })).toBe('角色「司机」（⚠ 没有成员担任此角色）');
    expect(zh({ kind: 'user', id: 'u9' })).toBe('指定成员「u9」（⚠ 组织中没有此人）');
    expect(zh({ kind: 'user', id: 'u3' })).toBe('指定成员「王五」（⚠ 此人已离职）');
    expect(zh({ kind: 'formUser', field: 'gone' })).toBe('表单中的「gone」（⚠ 表单中没有此字段）');
    expect(describeApprovers({ kind: 'supervisingLeader', by: 'category' }, 'en', { fields })).toBe(
      'Supervising leader (by category) (⚠ the form has no such field)',
    );
  });

  it('reads anything that is not an approver without throwing', () => {
    expect(describeApprovers({ kind: 'union', of: [] }, 'zh')).toBe('无法识别的审批人');
    expect(describeApprovers({ kind: 'nobody' }, 'en')).toBe('An unrecognised approver');
    expect(describeApprovers(null, 'zh')).toBe('无法识别的审批人');
    let deep: unknown = { kind: 'chosenBySubmitter' };
    for (let i = 0; i < 100; i++) deep = { kind: 'union', of: [deep] };
    expect(describeApprovers(deep, 'zh')).toBe('无法识别的审批人');
  });
});
