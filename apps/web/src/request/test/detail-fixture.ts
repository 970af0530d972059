import type { RequestDetail, TaskRow, TimelineEntry, TimelineEventType } from '../request-detail';

export const ZHANG = { id: 'u-zhang', name: '张三' };
export const LI = { id: 'u-li', name: '李四' };
export const WANG = { id: 'u-wang', name: '王五' };

const HEAD = { zh: '部门负责人审批', en: 'Department head' };
const LEADER = { zh: '分管领导审批', en: 'Supervising leader' };

let seq = 0;

/** A timeline entry with the contract's defaults; `over` sets what the test is about. */
export function entry(type: TimelineEventType, over: Partial<TimelineEntry> = {}): TimelineEntry {
  seq += 1;
  return {
    id: `e${seq}`,
    at: `2026-11-20T0${seq % 10}:00:00.000Z`,
    type,
    nodeName: null,
    actor: null,
    users: [],
    comment: null,
    reason: null,
    fallback: false,
    taskId: null,
    toUsers: [],
    signatureUrl: null,
    attachments: [],
    delegatedFrom: null,
    ...over,
  };
}

export function task(over: Partial<TaskRow> & Pick<TaskRow, 'status' | 'assignee'>): TaskRow {
  seq += 1;
  return { id: `t${seq}`, nodeName: HEAD, kind: 'approve', createdAt: '2026-11-20T01:00:00.000Z', completedAt: null, comment: null, ...over };
}

export { HEAD, LEADER };

/** A leave request waiting for 李四 at the department head's step. */
export function leaveDetail(over: Partial<RequestDetail> = {}): RequestDetail {
  return {
    id: 'inst-1',
    serialNo: 'QJ-202611-0001',
    title: { zh: '请假申请', en: 'Leave request' },
    status: 'running',
    applicant: ZHANG,
    createdAt: '2026-11-20T01:00:00.000Z',
    finishedAt: null,
    data: { type: '事假', days: 3, reason: '家中有事' },
    schema: { type: 'object', properties: {} },
    uiSchema: {
      formKey: 'leave',
      title: { zh: '请假申请', en: 'Leave request' },
      order: ['type', 'days', 'reason'],
      fields: {
        type: { widget: 'select', width: 12, label: { zh: '假期类型', en: 'Leave type' }, options: [{ value: '事假', label: { zh: '事假', en: 'Personal' } }] },
        days: { widget: 'number', width: 12, label: { zh: '请假天数', en: 'Days' } },
        reason: { widget: 'textarea', width: 24, label: { zh: '请假事由', en: 'Reason' } },
      },
    },
    model: {
      modelVersion: 1,
      key: 'leave',
      title: { zh: '请假申请', en: 'Leave request' },
      fields: [
        { key: 'type', type: 'select', label: { zh: '假期类型', en: 'Leave type' }, options: [{ value: '事假', label: { zh: '事假', en: 'Personal' } }] },
        { key: 'days', type: 'number', label: { zh: '请假天数', en: 'Days' } },
        { key: 'reason', type: 'textarea', label: { zh: '请假事由', en: 'Reason' } },
      ],
    },
    fieldAccess: { type: 'read', days: 'read', reason: 'read' },
    availableActions: ['approve', 'reject', 'return', 'transfer', 'addSigner', 'comment'],
    signatureRequired: false,
    returnTargets: [
      { nodeId: 'start', name: { zh: '发起', en: 'Start' } },
      { nodeId: 'head', name: HEAD },
    ],
    route: [
      { nodeId: 'start', name: { zh: '发起', en: 'Start' }, kind: 'start', status: 'done', assignees: [ZHANG] },
      { nodeId: 'head', name: HEAD, kind: 'approve', status: 'current', assignees: [LI] },
      { nodeId: 'leader', name: LEADER, kind: 'approve', status: 'pending', assignees: [WANG] },
      { nodeId: 'end', name: { zh: '结束', en: 'End' }, kind: 'end', status: 'pending', assignees: [] },
    ],
    timeline: [
      entry('submitted', { actor: ZHANG }),
      entry('step_started', { nodeName: HEAD, users: [LI], reason: { zh: '申请人所在部门的负责人', en: "Head of the applicant's department" } }),
    ],
    tasks: [task({ assignee: LI, status: 'pending' })],
    myOpenTask: { id: 'task-li', kind: 'approve', nodeId: 'head', nodeName: HEAD },
    ...over,
  };
}
