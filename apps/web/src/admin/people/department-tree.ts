import type { OrgView } from './org-view';

export interface DepartmentNode {
  value: string;
  title: string;
  children: DepartmentNode[];
}

/** The departments as a TreeSelect's tree, siblings by their order; a parent cycle cannot loop (each id is placed once). */
export function departmentTree(org: Pick<OrgView, 'departments'>): DepartmentNode[] {
  const byParent = new Map<string | null, OrgView['departments']>();
  const ids = new Set(org.departments.map((d) => d.id));
  for (const d of org.departments) {
    // a department whose parent is missing is shown at the top rather than lost
    const key = d.parentId !== null && ids.has(d.parentId) ? d.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), d]);
  }
  const placed = new Set<string>();
  const build = (parent: string | null): DepartmentNode[] =>
    [...(byParent.get(parent) ?? [])]
      .sort((a, b) => a.order - b.order)
      .filter((d) => !placed.has(d.id) && placed.add(d.id))
      .map((d) => ({ value: d.id, title: d.name, children: build(d.id) }));
  return build(null);
}
