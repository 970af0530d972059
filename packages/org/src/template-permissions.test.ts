import { describe, expect, it } from 'vitest';
import { realEstateDemoOrg } from './demo-orgs.js';
import { holderOf, staffOf } from './org-builder.js';
import {
  atLeast,
  createsFolderCycle,
  folderPath,
  templateAccess,
  templatePermissions,
  type TemplateFolder as Folder,
  type TemplateGrant as Grant,
} from './template-permissions.js';

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

const grant = (
  targetType: Grant['targetType'],
  targetId: string,
  principalType: Grant['principalType'],
  principalId: string,
  level: Grant['level'],
): Grant & { id: string } => ({
  id: `${targetType}:${targetId}:${principalType}:${principalId}:${level}`,
  targetType,
  targetId,
  principalType,
  principalId,
  level,
});
const permissions = (userId: string, grants: (Grant & { id: string })[], isAdmin = false) =>
  templatePermissions({ org, userId, isAdmin, folders, grants });

describe('templatePermissions', () => {
  it('names the folder grant a template inherits its level from', () => {
    const g = grant('folder', 'f-root', 'department', dept('财务部'), 'editor');
    expect(permissions(accountant, [g]).template(template)).toEqual({
      level: 'editor',
      source: { kind: 'grant', grant: g, inherited: true },
    });
  });

  it('lets a stronger inherited grant win over a weaker one on the template itself', () => {
    const own = grant('template', 't-loan', 'user', accountant, 'reader');
    const inherited = grant('folder', 'f-finance', 'department', dept('财务部'), 'manager');
    const seen = permissions(accountant, [own, inherited]).template(template);
    expect(seen.level).toBe('manager');
    expect(seen.source).toEqual({ kind: 'grant', grant: inherited, inherited: true });
  });

  it('names the nearest of equally strong grants, and the template own grant as not inherited', () => {
    const root = grant('folder', 'f-root', 'everyone', '', 'author');
    const finance = grant('folder', 'f-finance', 'everyone', '', 'author');
    expect(permissions(engineer, [root, finance]).template(template).source).toEqual({
      kind: 'grant',
      grant: finance,
      inherited: true,
    });
    const own = grant('template', 't-loan', 'everyone', '', 'author');
    expect(permissions(engineer, [root, own]).template(template).source).toEqual({
      kind: 'grant',
      grant: own,
      inherited: false,
    });
  });

  it('answers for folders too: open with no grant above, closed to those a grant above leaves out', () => {
    const g = grant(
      'folder',
      'f-root',
      'position',
      org.positions.find((p) => p.name === '出纳')?.id ?? '',
      'reader',
    );
    expect(permissions(engineer, []).folder('f-finance')).toEqual({
      level: 'author',
      source: { kind: 'open' },
    });
    expect(permissions(engineer, [g]).folder('f-finance')).toEqual({ level: null, source: { kind: 'none' } });
    expect(permissions(cashier, [g]).folder('f-finance').level).toBe('reader');
    // a grant on a template says nothing about its folder
    expect(
      permissions(engineer, [grant('template', 't-loan', 'user', cashier, 'author')]).folder('f-finance')
        .level,
    ).toBe('author');
  });

  it('makes an admin a manager whatever the grants say', () => {
    const g = grant('template', 't-loan', 'user', cashier, 'reader');
    expect(permissions(engineer, [g], true).template(template)).toEqual({
      level: 'manager',
      source: { kind: 'admin' },
    });
  });

  it('ranks the tiers manager > editor > author > reader', () => {
    expect(atLeast('manager', 'editor')).toBe(true);
    expect(atLeast('author', 'editor')).toBe(false);
    expect(atLeast('reader', 'reader')).toBe(true);
    expect(atLeast(null, 'reader')).toBe(false);
  });
});

describe('folder tree', () => {
  it('walks up nearest first and stops at a cycle in stored data', () => {
    expect(folderPath('f-finance', folders)).toEqual(['f-finance', 'f-root']);
    const cyclic: Folder[] = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(folderPath('a', cyclic)).toEqual(['a', 'b']);
    expect(folderPath(null, folders)).toEqual([]);
  });

  it('refuses to put a folder inside itself or below one of its own sub-folders', () => {
    expect(createsFolderCycle(folders, 'f-root', 'f-finance')).toBe(true);
    expect(createsFolderCycle(folders, 'f-root', 'f-root')).toBe(true);
    expect(createsFolderCycle(folders, 'f-finance', 'f-root')).toBe(false);
    expect(createsFolderCycle(folders, 'f-root', null)).toBe(false);
  });
});
