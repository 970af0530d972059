import type { Lang } from '../i18n/i18n';
import { ADMIN_GROUPS, type AdminGroup, type AdminSection } from './admin-section';

export type AdminRole = 'admin' | 'designer';

/** The strongest console role among a person's roles, or null for a member. */
export function adminRoleOf(roles: readonly string[] | undefined): AdminRole | null {
  if (roles?.includes('admin')) return 'admin';
  if (roles?.includes('designer')) return 'designer';
  return null;
}

/** Admins see every section, designers only the designer ones, members none. */
export function mayOpen(section: AdminSection, role: AdminRole | null): boolean {
  return role === 'admin' || (role === 'designer' && section.who === 'designer');
}

export function visibleSections(sections: readonly AdminSection[], role: AdminRole | null): AdminSection[] {
  return sections.filter((s) => mayOpen(s, role));
}

/** The sections in menu order, by group; a group with nothing to show is left out. */
export function groupSections(
  sections: readonly AdminSection[],
): { group: AdminGroup; sections: AdminSection[] }[] {
  return ADMIN_GROUPS.map((group) => ({ group, sections: sections.filter((s) => s.group === group) })).filter(
    (g) => g.sections.length > 0,
  );
}

/** The section an /admin path (e.g. `/admin/org/ranks`) belongs to: the longest matching path wins. */
export function sectionAt(sections: readonly AdminSection[], pathname: string): AdminSection | undefined {
  const rest = pathname.replace(/^\/admin\/?/, '');
  return [...sections]
    .sort((a, b) => b.path.length - a.path.length)
    .find((s) => rest === s.path || rest.startsWith(`${s.path}/`));
}

/** A section's label in this language; a string label is an i18n key. */
export function sectionLabel(section: AdminSection, lang: Lang, t: (key: string) => string): string {
  return typeof section.label === 'string' ? t(section.label) : section.label[lang] || section.label.zh;
}
