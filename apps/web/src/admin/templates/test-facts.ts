import type { AccessFacts, AccessUser } from './access-model';

const user = (
  id: string,
  name: string,
  departmentId: string,
  over: Partial<AccessUser> = {},
): AccessUser => ({
  id,
  name,
  login: id,
  departmentId,
  secondaryDepartmentIds: [],
  positionIds: [],
  rankId: null,
  roles: ['member'],
  active: true,
  ...over,
});

/** A small company: 财务部 under the root, 财务类 > 报销 folders, one form in each and one outside. */
export function testFacts(over: Partial<AccessFacts> = {}): AccessFacts {
  return {
    folders: [
      { id: 'f-fin', name: '财务类', parentId: null },
      { id: 'f-exp', name: '报销', parentId: 'f-fin' },
    ],
    grants: [
      {
        id: 'g-1',
        targetType: 'folder',
        targetId: 'f-fin',
        principalType: 'department',
        principalId: 'd-fin',
        level: 'author',
      },
    ],
    templates: [
      {
        templateId: 't-pay',
        key: 'payment',
        title: { zh: '付款申请', en: 'Payment' },
        folderId: 'f-exp',
        archived: false,
      },
      {
        templateId: 't-leave',
        key: 'leave',
        title: { zh: '请假申请', en: 'Leave' },
        folderId: null,
        archived: false,
      },
    ],
    users: [
      user('admin', '管理员', 'd-root', { roles: ['admin'] }),
      user('qian', '钱会计', 'd-fin'),
      user('zhang', '张三', 'd-eng'),
      user('left', '离职者', 'd-fin', { active: false }),
    ],
    departments: [
      { id: 'd-root', name: '示例科技', parentId: null },
      { id: 'd-fin', name: '财务部', parentId: 'd-root' },
      { id: 'd-eng', name: '工程部', parentId: 'd-root' },
    ],
    positions: [],
    ...over,
  };
}
