import { createElement, lazy } from 'react';
import { describe, expect, it } from 'vitest';
import {
  adminRoleOf,
  groupSections,
  mayOpen,
  sectionAt,
  sectionLabel,
  visibleSections,
} from './admin-access';
import type { AdminSection } from './admin-section';

const page = lazy(() => Promise.resolve({ default: () => createElement('div') }));
const section = (path: string, group: AdminSection['group'], who: AdminSection['who']): AdminSection => ({
  path,
  group,
  who,
  label: { zh: `中${path}`, en: `en ${path}` },
  icon: null,
  page,
});
const SECTIONS = [
  section('audit', 'system', 'admin'),
  section('org', 'org', 'admin'),
  section('templates', 'templates', 'designer'),
  section('org/import', 'org', 'admin'),
];

describe('who sees which admin section', () => {
  it('takes the strongest console role, and none for a member', () => {
    expect(adminRoleOf(['designer', 'admin'])).toBe('admin');
    expect(adminRoleOf(['member', 'designer'])).toBe('designer');
    expect(adminRoleOf(['member'])).toBeNull();
    expect(adminRoleOf(undefined)).toBeNull();
  });

  it('shows admins everything, designers only the designer sections, members nothing', () => {
    expect(visibleSections(SECTIONS, 'admin')).toHaveLength(4);
    expect(visibleSections(SECTIONS, 'designer').map((s) => s.path)).toEqual(['templates']);
    expect(visibleSections(SECTIONS, null)).toEqual([]);
    expect(mayOpen(section('x', 'org', 'admin'), 'designer')).toBe(false);
  });

  it('groups the menu 组织, 模板, 运营, 系统 whatever order the sections were added in', () => {
    expect(groupSections(SECTIONS).map((g) => [g.group, g.sections.map((s) => s.path)])).toEqual([
      ['org', ['org', 'org/import']],
      ['templates', ['templates']],
      ['system', ['audit']],
    ]);
  });

  it('finds the section of a deep path, the longest path first, and none outside the console', () => {
    expect(sectionAt(SECTIONS, '/admin/org')?.path).toBe('org');
    expect(sectionAt(SECTIONS, '/admin/org/people')?.path).toBe('org');
    expect(sectionAt(SECTIONS, '/admin/org/import')?.path).toBe('org/import');
    expect(sectionAt(SECTIONS, '/admin/organisation')).toBeUndefined();
    expect(sectionAt(SECTIONS, '/admin')).toBeUndefined();
  });

  it('reads an inline label in the language and a key label through i18n', () => {
    expect(sectionLabel(SECTIONS[1]!, 'en', (k) => k)).toBe('en org');
    expect(sectionLabel({ ...SECTIONS[1]!, label: 'admin.title' }, 'zh', (k) => `t:${k}`)).toBe(
      't:admin.title',
    );
  });
});
