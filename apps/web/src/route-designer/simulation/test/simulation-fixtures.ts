import type { FormModel } from '@signoff/schema';
import type { SimulationOrg } from '../simulation-org';

/** The demo tenant's org as org.view answers it: 张三 and 李四 (his head) in 工程部, 王五 supervising it, 赵六 heading 综合管理部. */
export function demoOrgView(): SimulationOrg {
  const user = (
    id: string,
    name: string,
    departmentId: string,
    rankId: string,
    positionIds: string[],
    roles: string[] = [],
  ) => ({
    id,
    name,
    departmentId,
    secondaryDepartmentIds: [],
    rankId,
    positionIds,
    roles,
    active: true,
    login: id.slice(2),
    leftAt: null,
    lockedUntil: null,
    email: null,
  });
  return {
    departments: [
      { id: 'd-root', name: '示例科技', parentId: null, order: 0, code: 'HQ' },
      { id: 'd-lead', name: '公司领导', parentId: 'd-root', order: 1 },
      { id: 'd-eng', name: '工程部', parentId: 'd-root', order: 2 },
      { id: 'd-admin', name: '综合管理部', parentId: 'd-root', order: 3 },
    ],
    positions: [
      { id: 'p-ceo', name: '总经理', departmentId: 'd-root', isHead: true },
      { id: 'p-vp-eng', name: '工程副总', departmentId: 'd-lead', isHead: false },
      { id: 'p-eng-head', name: '工程部经理', departmentId: 'd-eng', isHead: true },
      { id: 'p-admin-head', name: '综合管理部经理', departmentId: 'd-admin', isHead: true },
    ],
    ranks: [
      { id: 'r-staff', name: '职员', order: 1 },
      { id: 'r-lead', name: '主管级', order: 2 },
      { id: 'r-vp', name: '副总经理以上', order: 3 },
    ],
    supervisions: [{ positionId: 'p-vp-eng', departmentIds: ['d-eng'], categories: ['工程类'] }],
    users: [
      user('u-zhang', '张三', 'd-eng', 'r-staff', []),
      user('u-li', '李四', 'd-eng', 'r-lead', ['p-eng-head']),
      user('u-wang', '王五', 'd-lead', 'r-vp', ['p-vp-eng']),
      user('u-zhao', '赵六', 'd-admin', 'r-lead', ['p-admin-head']),
      user('u-admin', '管理员', 'd-admin', 'r-staff', [], ['admin']),
    ],
    delegations: [],
  };
}

/** The demo's leave form: the route's branch reads `days`. */
export function leaveModel(): FormModel {
  return {
    modelVersion: 1,
    key: 'leave',
    title: { zh: '请假申请', en: 'Leave request' },
    fields: [
      {
        key: 'days',
        type: 'number',
        label: { zh: '请假天数', en: 'Leave days' },
        required: true,
        min: 0.5,
        max: 365,
        precision: 1,
      },
      { key: 'reason', type: 'textarea', label: { zh: '请假事由', en: 'Reason' } },
    ],
  };
}
