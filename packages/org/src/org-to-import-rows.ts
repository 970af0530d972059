import type { OrgSnapshot } from './org-model.js';
import { columnsOf, type ORG_IMPORT_COLUMNS } from './org-import-columns.js';
import type { ImportRow, ImportSheet, OrgImportRows } from './org-import-types.js';

/**
 * The org as import rows with the zh headers: what an export writes, so that importing it back
 * changes nothing. A position is written by name, or as `部门/岗位` where the name alone would be
 * ambiguous for that user.
 */
export function orgToImportRows(org: OrgSnapshot, logins: Record<string, string>): OrgImportRows {
  const dept = new Map(org.departments.map((d) => [d.id, d]));
  const pos = new Map(org.positions.map((p) => [p.id, p]));
  const rank = new Map(org.ranks.map((r) => [r.id, r.name]));
  const h = <S extends ImportSheet>(sheet: S, k: (typeof ORG_IMPORT_COLUMNS)[S][number]['key']) =>
    columnsOf(sheet).find((c) => c.key === k)?.zh ?? k;
  const yes = (b: boolean) => (b ? '是' : '否');
  const positionText = (id: string, prefer: readonly string[]) => {
    const p = pos.get(id);
    if (!p) return id;
    const same = org.positions.filter((x) => x.name === p.name);
    const preferred = same.filter((x) => prefer.includes(x.departmentId));
    const plain = same.length === 1 || (preferred.length === 1 && preferred[0] === p);
    return plain ? p.name : `${dept.get(p.departmentId)?.name ?? p.departmentId}/${p.name}`;
  };
  const row = (i: number, cells: Record<string, string>): ImportRow => ({ line: i + 2, cells });
  return {
    departments: [...org.departments]
      .sort((a, b) => a.order - b.order)
      .map((d, i) =>
        row(i, {
          [h('departments', 'name')]: d.name,
          [h('departments', 'parent')]: d.parentId === null ? '' : (dept.get(d.parentId)?.name ?? ''),
          [h('departments', 'code')]: d.code ?? '',
          [h('departments', 'order')]: String(d.order),
          [h('departments', 'virtual')]: yes(!!d.virtual),
          [h('departments', 'headPosition')]:
            d.virtual && d.headPositionId ? positionText(d.headPositionId, []) : '',
        }),
      ),
    positions: org.positions.map((p, i) =>
      row(i, {
        [h('positions', 'name')]: p.name,
        [h('positions', 'department')]: dept.get(p.departmentId)?.name ?? '',
        [h('positions', 'head')]: yes(p.isHead),
      }),
    ),
    users: org.users.map((u, i) => {
      const prefer = [u.departmentId, ...u.secondaryDepartmentIds];
      return row(i, {
        [h('users', 'login')]: logins[u.id] ?? '',
        [h('users', 'name')]: u.name,
        [h('users', 'department')]: dept.get(u.departmentId)?.name ?? '',
        [h('users', 'rank')]: u.rankId === null ? '' : (rank.get(u.rankId) ?? ''),
        [h('users', 'positions')]: u.positionIds.map((id) => positionText(id, prefer)).join('、'),
        [h('users', 'secondary')]: u.secondaryDepartmentIds.map((id) => dept.get(id)?.name ?? id).join('、'),
        [h('users', 'status')]: u.active ? '在职' : '离职',
      });
    }),
  };
}
