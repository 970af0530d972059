import type { FlowDefinition } from './flow-definition.js';

/**
 * The walking skeleton's leave route, as the demo seeds it: the department head approves; from
 * three days on the supervising leader approves too; administration is copied either way.
 * Its branch reads the form field `days`.
 */
export function leaveRouteExample(): FlowDefinition {
  return {
    key: 'leave',
    nodes: [
      { id: 'start', type: 'start', name: { zh: '发起申请', en: 'Submit' } },
      {
        id: 'dept-head',
        type: 'approve',
        name: { zh: '部门负责人审批', en: 'Department head' },
        approvers: { kind: 'deptHead', level: 1 },
        mode: 'single',
      },
      { id: 'days', type: 'branch', name: { zh: '天数判断', en: 'Days?' } },
      {
        id: 'leader',
        type: 'approve',
        name: { zh: '分管领导审批', en: 'Supervising leader' },
        approvers: { kind: 'supervisingLeader', by: 'department' },
        mode: 'single',
      },
      {
        id: 'filing',
        type: 'notify',
        name: { zh: '综管部备案', en: 'Filed with administration' },
        approvers: { kind: 'departmentHead', name: '综合管理部' },
      },
      { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
    ],
    edges: [
      { id: 'e-start', from: 'start', to: 'dept-head' },
      { id: 'e-head', from: 'dept-head', to: 'days' },
      {
        id: 'e-long',
        from: 'days',
        to: 'leader',
        order: 1,
        condition: { op: 'gte', left: { field: 'days' }, right: { value: 3 } },
      },
      { id: 'e-short', from: 'days', to: 'filing', isDefault: true },
      { id: 'e-leader', from: 'leader', to: 'filing' },
      { id: 'e-filing', from: 'filing', to: 'end' },
    ],
  };
}
