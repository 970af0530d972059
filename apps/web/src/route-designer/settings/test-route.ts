import type { FormField } from '@signoff/schema';
import type { RouteOrg, RouteOrgUser } from './route-org';
import type { FlowDefinition } from './route-types';

const L = (zh: string, en: string) => ({ zh, en });

/** A small org for the settings tests: two departments, a chairman, a cashier, one who left. */
export const testOrg: RouteOrg = {
  departments: [
    { id: 'd1', name: '总经办', parentId: null, order: 1 },
    { id: 'd2', name: '财务部', parentId: 'd1', order: 2 },
  ],
  positions: [
    { id: 'p1', name: '董事长', departmentId: 'd1', isHead: true },
    { id: 'p2', name: '财务经理', departmentId: 'd2', isHead: true },
    { id: 'p3', name: '出纳', departmentId: 'd2', isHead: false },
  ],
  ranks: [
    { id: 'r1', name: '职员', order: 1 },
    { id: 'r2', name: '主管级', order: 2 },
  ],
  supervisions: [{ positionId: 'p1', departmentIds: ['d2'], categories: ['工程类'] }],
  users: [
    user('u1', '张三', ['p1'], ['印章管理员']),
    user('u2', '李四', ['p3'], []),
    { ...user('u3', '王五', [], []), active: false, leftAt: '2025-01-01T00:00:00.000Z' },
  ],
  delegations: [],
};

function user(id: string, name: string, positionIds: string[], roles: string[]): RouteOrgUser {
  return {
    id,
    name,
    departmentId: 'd2',
    secondaryDepartmentIds: [],
    rankId: 'r1',
    positionIds,
    roles,
    active: true,
    login: id,
    leftAt: null,
    lockedUntil: null,
    email: null,
  };
}

/** A contract form with a field of each kind the settings care about. */
export const testFields: FormField[] = [
  { key: 'amount', type: 'number', label: L('金额', 'Amount') },
  { key: 'title', type: 'text', label: L('标题', 'Title') },
  {
    key: 'contentType',
    type: 'select',
    label: L('内容分类', 'Content type'),
    options: [
      { value: '工程类', label: L('工程类', 'Engineering') },
      { value: '日常', label: L('日常', 'Daily') },
    ],
  },
  {
    key: 'urgency',
    type: 'radio',
    label: L('紧急程度', 'Urgency'),
    options: [
      { value: 'high', label: L('紧急', 'Urgent') },
      { value: 'low', label: L('一般', 'Normal') },
    ],
  },
  {
    key: 'tags',
    type: 'multiSelect',
    label: L('标签', 'Tags'),
    options: [{ value: 'a', label: L('甲', 'A') }],
  },
  { key: 'handler', type: 'user', label: L('经办人', 'Handler') },
  { key: 'dept', type: 'department', label: L('部门', 'Department') },
  { key: 'no', type: 'serialNumber', label: L('编号', 'Number') },
  { key: 'note', type: 'description', label: L('说明', 'Note') },
];

/** start → approve → branch (amount ≥ 10000 → chairman; title not empty → notify; default) → end */
export const testFlow: FlowDefinition = {
  key: 'contract',
  nodes: [
    { id: 'start', type: 'start', name: L('发起', 'Start') },
    {
      id: 'a1',
      type: 'approve',
      name: L('部门审批', 'Department approval'),
      approvers: { kind: 'deptHead', level: 1 },
      mode: 'single',
    },
    { id: 'b1', type: 'branch', name: L('金额判断', 'By amount') },
    {
      id: 'a2',
      type: 'approve',
      name: L('董事长审批', 'Chairman'),
      approvers: { kind: 'position', name: '董事长' },
      mode: 'all',
    },
    {
      id: 'c1',
      type: 'notify',
      name: L('抄送财务', 'CC finance'),
      approvers: { kind: 'role', name: '印章管理员' },
    },
    {
      id: 'h1',
      type: 'handle',
      name: L('出纳付款', 'Pay out'),
      approvers: { kind: 'position', name: '出纳' },
    },
    { id: 'end', type: 'end', name: L('结束', 'End') },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'a1' },
    { id: 'e2', from: 'a1', to: 'b1' },
    {
      id: 'e3',
      from: 'b1',
      to: 'a2',
      order: 1,
      condition: { op: 'gte', left: { field: 'amount' }, right: { value: 10000 } },
    },
    { id: 'e4', from: 'b1', to: 'c1', order: 2, condition: { op: 'notEmpty', operand: { field: 'title' } } },
    { id: 'e5', from: 'b1', to: 'h1', isDefault: true },
    { id: 'e6', from: 'a2', to: 'h1' },
    { id: 'e7', from: 'c1', to: 'h1' },
    { id: 'e8', from: 'h1', to: 'end' },
  ],
};
