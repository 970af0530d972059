import { describe, expect, it } from 'vitest';
import type { ApproverExpression, FlowDefinition } from '../settings/route-types';
import { testOrg } from '../settings/test-route';
import { orgReferenceProblems } from './org-reference-problems';

const L = (zh: string, en: string) => ({ zh, en });

/** start → one approve step with these approvers → a notify step → end. */
function route(
  approvers: ApproverExpression,
  notify: ApproverExpression = { kind: 'deptHead', level: 1 },
): FlowDefinition {
  return {
    key: 'k',
    nodes: [
      { id: 'start', type: 'start', name: L('发起', 'Submit') },
      { id: 'a', type: 'approve', name: L('审批', 'Approve'), approvers, mode: 'single' },
      { id: 'n', type: 'notify', name: L('备案', 'File'), approvers: notify },
      { id: 'end', type: 'end', name: L('结束', 'End') },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'a' },
      { id: 'e2', from: 'a', to: 'n' },
      { id: 'e3', from: 'n', to: 'end' },
    ],
  };
}

describe('orgReferenceProblems', () => {
  it('finds nothing wrong with names the org has, nor with relations to the applicant', () => {
    const all: ApproverExpression = {
      kind: 'union',
      of: [
        { kind: 'position', name: '董事长' },
        { kind: 'departmentHead', name: '财务部' },
        { kind: 'role', name: '印章管理员' },
        { kind: 'user', id: 'u2' },
        { kind: 'deptHead', level: 2 },
        { kind: 'supervisingLeader', by: 'department' },
        { kind: 'formUser', field: 'nowhere' },
        { kind: 'chosenBySubmitter' },
      ],
    };
    expect(orgReferenceProblems(route(all), testOrg)).toEqual([]);
  });

  it('names an unknown position on its node, in both languages', () => {
    expect(orgReferenceProblems(route({ kind: 'position', name: '总监' }), testOrg)).toEqual([
      {
        code: 'unknown_position',
        nodeId: 'a',
        path: 'nodes[1].approvers',
        message: {
          zh: '「审批」的审批人：组织中没有职位「总监」',
          en: '"Approve" approvers: the org has no position "总监"',
        },
      },
    ]);
  });

  it('looks inside unions and at every kind of node with approvers', () => {
    const problems = orgReferenceProblems(
      route(
        {
          kind: 'union',
          of: [
            { kind: 'position', name: '董事长' },
            { kind: 'departmentHead', name: '法务部' },
            { kind: 'role', name: '司机' },
          ],
        },
        { kind: 'user', id: 'nobody' },
      ),
      testOrg,
    );
    expect(problems.map((p) => [p.code, p.nodeId, p.path])).toEqual([
      ['unknown_department', 'a', 'nodes[1].approvers.of[1]'],
      ['unknown_role', 'a', 'nodes[1].approvers.of[2]'],
      ['unknown_user', 'n', 'nodes[2].approvers'],
    ]);
    expect(problems[0]?.message.zh).toBe('「审批」的审批人：组织中没有部门「法务部」');
    expect(problems[1]?.message.en).toBe('"Approve" approvers: no active member holds the role "司机"');
    expect(problems[2]?.message.en).toBe('"File" approvers: the org has no member "nobody"');
  });

  it('flags a named person who has left, by name', () => {
    const [p] = orgReferenceProblems(route({ kind: 'user', id: 'u3' }), testOrg);
    expect(p).toMatchObject({ code: 'user_left', nodeId: 'a' });
    expect(p?.message.zh).toBe('「审批」的审批人：「王五」已离职或已停用');
  });

  it('counts a role held only by someone who left as missing', () => {
    const org = {
      ...testOrg,
      users: testOrg.users.map((u) =>
        u.id === 'u1' ? { ...u, active: false, leftAt: '2025-02-01T00:00:00.000Z' } : u,
      ),
    };
    expect(orgReferenceProblems(route({ kind: 'role', name: '印章管理员' }), org).map((p) => p.code)).toEqual(
      ['unknown_role'],
    );
  });

  it('tolerates a malformed pasted route instead of throwing', () => {
    const junk = {
      key: 'k',
      nodes: [
        null,
        3,
        { id: 'x', type: 'approve', approvers: { kind: 'union', of: 'no' } },
        { approvers: { kind: 'position', name: '无' } },
      ],
      edges: [],
    };
    const problems = orgReferenceProblems(junk as unknown as FlowDefinition, testOrg);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'unknown_position', path: 'nodes[3].approvers' });
    expect(problems[0]?.nodeId).toBeUndefined();
    expect(orgReferenceProblems({} as FlowDefinition, testOrg)).toEqual([]);
  });
});
