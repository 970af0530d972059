import { describe, expect, it } from 'vitest';
import { realEstateDemoOrg, holderOf, staffOf } from '@signoff/org';
import { templateAccess, type Folder, type Grant } from './template-access.js';

const org = realEstateDemoOrg();
const dept = (name: string) => org.departments.find((d) => d.name === name)?.id ?? '';
const engineer = staffOf(org, '工程部')?.id ?? '';
const accountant = staffOf(org, '财务部')?.id ?? '';
const cashier = holderOf(org, '出纳')?.id ?? '';
const folders: Folder[] = [
  { id: 'f-root', parentId: null },
  { id: 'f-finance', parentId: 'f-root' },
];
const template = { id: 't-loan', folderId: 'f-finance' };
const access = (userId: string, grants: Grant[], isAdmin = false) =>
  templateAccess({ org, userId, isAdmin, template, folders, grants });

describe('templateAccess', () => {
  it('leaves a template with no grants on its path open to every member as an author', () => {
    expect(access(engineer, [])).toBe('author');
  });

  it('inherits a folder grant down the tree and covers sub-departments of a granted department', () => {
    const grants: Grant[] = [
      {
        targetType: 'folder',
        targetId: 'f-root',
        principalType: 'department',
        principalId: dept('财务部'),
        level: 'author',
      },
    ];
    expect(access(accountant, grants)).toBe('author');
    expect(access(engineer, grants)).toBeNull();
  });

  it('takes the strongest matching grant among user, position and role grants', () => {
    const grants: Grant[] = [
      {
        targetType: 'folder',
        targetId: 'f-finance',
        principalType: 'everyone',
        principalId: '',
        level: 'reader',
      },
      {
        targetType: 'template',
        targetId: 't-loan',
        principalType: 'position',
        principalId: org.positions.find((p) => p.name === '出纳')?.id ?? '',
        level: 'editor',
      },
      {
        targetType: 'template',
        targetId: 't-loan',
        principalType: 'user',
        principalId: engineer,
        level: 'author',
      },
    ];
    expect(access(cashier, grants)).toBe('editor');
    expect(access(engineer, grants)).toBe('author');
    expect(access(accountant, grants)).toBe('reader');
  });

  it('makes tenant admins managers and gives people who left nothing', () => {
    const grants: Grant[] = [
      {
        targetType: 'template',
        targetId: 't-loan',
        principalType: 'user',
        principalId: engineer,
        level: 'manager',
      },
    ];
    expect(access(accountant, grants, true)).toBe('manager');
    const left = { ...org, users: org.users.map((u) => (u.id === engineer ? { ...u, active: false } : u)) };
    expect(
      templateAccess({ org: left, userId: engineer, isAdmin: false, template, folders, grants }),
    ).toBeNull();
  });
});
