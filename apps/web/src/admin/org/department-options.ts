import type { DepartmentNode } from './org-model';

export interface DepartmentOption {
  value: string;
  title: string;
  children: DepartmentOption[];
}

/** The tree as antd's TreeSelect takes it, without `exclude` and what is under it (a department cannot move into itself). */
export function departmentOptions(nodes: readonly DepartmentNode[], exclude?: string): DepartmentOption[] {
  return nodes
    .filter((n) => n.key !== exclude)
    .map((n) => ({ value: n.key, title: n.dept.name, children: departmentOptions(n.children, exclude) }));
}
