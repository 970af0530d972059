import type { OrgView, OrgViewUser } from './org-view';

/** A small org as org.view answers it: 工程部 under the company, 李四 heading it, 王五 heading the company. */
export function person(
  id: string,
  name: string,
  departmentId: string,
  extra: Partial<OrgViewUser> = {},
): OrgViewUser {
  return {
    id,
    name,
    login: id.replace('u-', ''),
    email: null,
    leftAt: null,
    lockedUntil: null,
    departmentId,
    secondaryDepartmentIds: [],
    rankId: null,
    positionIds: [],
    roles: [],
    active: true,
    ...extra,
  };
}

export function testOrg(): OrgView {
  return {
    departments: [
      { id: 'd-root', name: '示例科技', parentId: null, order: 0 },
      { id: 'd-eng', name: '工程部', parentId: 'd-root', order: 1 },
      {
        id: 'd-grad',
        name: '应届大学生',
        parentId: 'd-root',
        order: 2,
        virtual: true,
        headPositionId: 'p-eng-head',
      },
    ],
    positions: [
      { id: 'p-ceo', name: '总经理', departmentId: 'd-root', isHead: true },
      { id: 'p-eng-head', name: '工程部经理', departmentId: 'd-eng', isHead: true },
    ],
    ranks: [{ id: 'r-staff', name: '职员', order: 1 }],
    supervisions: [],
    users: [
      person('u-zhang', '张三', 'd-eng', { rankId: 'r-staff', secondaryDepartmentIds: ['d-grad'] }),
      person('u-li', '李四', 'd-eng', { positionIds: ['p-eng-head'], roles: ['designer'] }),
      person('u-wang', '王五', 'd-root', { positionIds: ['p-ceo'], roles: ['admin'] }),
      person('u-old', '陈旧', 'd-eng', { active: false, leftAt: '2026-01-01T00:00:00.000Z' }),
    ],
    delegations: [],
  };
}
