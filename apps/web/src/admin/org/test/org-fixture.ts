import type { OrgView } from '../org-model';

const person = (
  id: string,
  name: string,
  login: string,
  departmentId: string,
  positionIds: string[],
  over = {},
) => ({
  id,
  name,
  login,
  departmentId,
  positionIds,
  secondaryDepartmentIds: [] as string[],
  rankId: 'r-staff' as string | null,
  roles: [] as string[],
  active: true,
  leftAt: null as string | null,
  lockedUntil: null as string | null,
  email: null as string | null,
  ...over,
});

/** A small org like the demo tenant's, plus a virtual department (应届大学生). */
export const orgFixture = (): OrgView => ({
  departments: [
    { id: 'd-root', name: '示例科技', parentId: null, order: 0, code: 'HQ' },
    { id: 'd-admin', name: '综合管理部', parentId: 'd-root', order: 3 },
    { id: 'd-eng', name: '工程部', parentId: 'd-root', order: 2 },
    {
      id: 'd-grad',
      name: '应届大学生',
      parentId: null,
      order: 1,
      virtual: true,
      headPositionId: 'p-admin-head',
    },
  ],
  positions: [
    { id: 'p-ceo', name: '总经理', departmentId: 'd-root', isHead: true },
    { id: 'p-eng-head', name: '工程部经理', departmentId: 'd-eng', isHead: true },
    { id: 'p-eng-lead', name: '技术主管', departmentId: 'd-eng', isHead: false },
    { id: 'p-admin-head', name: '综合管理部经理', departmentId: 'd-admin', isHead: true },
  ],
  ranks: [
    { id: 'r-staff', name: '职员', order: 1 },
    { id: 'r-lead', name: '主管级', order: 2 },
  ],
  supervisions: [{ positionId: 'p-eng-head', departmentIds: ['d-eng'], categories: ['工程类'] }],
  users: [
    person('u-zhang', '张三', 'zhang.san', 'd-eng', []),
    person('u-li', '李四', 'li.si', 'd-eng', ['p-eng-head'], { rankId: 'r-lead' }),
    person('u-zhao', '赵六', 'zhao.liu', 'd-admin', ['p-admin-head'], { secondaryDepartmentIds: ['d-eng'] }),
    person('u-gone', '钱七', 'qian.qi', 'd-eng', ['p-eng-lead'], {
      leftAt: '2026-11-01T00:00:00.000Z',
      active: false,
    }),
  ],
  delegations: [],
});
