import type { Localized } from '@signoff/schema';
import type { ImportSheet } from './org-import-types.js';

export interface ColumnSpec {
  key: string;
  zh: string;
  en: string;
  required?: boolean;
}

/** The columns of each sheet; the zh header is what an export writes, zh or en (any case) is read. */
export const ORG_IMPORT_COLUMNS = {
  departments: [
    { key: 'name', zh: '部门名称', en: 'name', required: true },
    { key: 'parent', zh: '上级部门', en: 'parent' },
    { key: 'code', zh: '编码', en: 'code' },
    { key: 'order', zh: '排序', en: 'order' },
    { key: 'virtual', zh: '虚拟部门', en: 'virtual' },
    { key: 'headPosition', zh: '负责岗位', en: 'head position' },
  ],
  positions: [
    { key: 'name', zh: '岗位名称', en: 'name', required: true },
    { key: 'department', zh: '所属部门', en: 'department', required: true },
    { key: 'head', zh: '是否负责人', en: 'head' },
  ],
  users: [
    { key: 'login', zh: '账号', en: 'login', required: true },
    { key: 'name', zh: '姓名', en: 'name', required: true },
    { key: 'department', zh: '部门', en: 'department', required: true },
    { key: 'rank', zh: '职级', en: 'rank' },
    { key: 'positions', zh: '岗位', en: 'positions' },
    { key: 'secondary', zh: '兼职部门', en: 'secondary departments' },
    { key: 'status', zh: '状态', en: 'status' },
  ],
} as const satisfies Record<ImportSheet, readonly ColumnSpec[]>;

/** Sheet (worksheet) names: an export writes zh, an import accepts either. */
export const ORG_SHEET_NAMES: Record<ImportSheet, Localized> = {
  departments: { zh: '部门', en: 'Departments' },
  positions: { zh: '岗位', en: 'Positions' },
  users: { zh: '人员', en: 'Users' },
};

/** How a problem names a sheet in a sentence. */
export const SHEET_LABEL: Record<ImportSheet, Localized> = {
  departments: { zh: '部门', en: 'departments' },
  positions: { zh: '岗位', en: 'positions' },
  users: { zh: '人员', en: 'users' },
};

/** The sheets in the order they are read and their problems listed. */
export const SHEETS: readonly ImportSheet[] = ['departments', 'positions', 'users'];

export const columnsOf = (sheet: ImportSheet): readonly ColumnSpec[] => ORG_IMPORT_COLUMNS[sheet];

const normalizeHeader = (h: string) =>
  h
    .trim()
    .replace(/[\s_]+/g, ' ')
    .toLowerCase();

/** Which column a header names, if any: the zh header, or the en one in any case. */
export function columnOf(sheet: ImportSheet, header: string): ColumnSpec | undefined {
  const h = normalizeHeader(header);
  return columnsOf(sheet).find((c) => c.zh === h || c.en === h);
}

/** Whether a set of headers looks like the given sheet (all of its required columns are there). */
export function sheetMatchesHeaders(sheet: ImportSheet, headers: readonly string[]): boolean {
  const keys = new Set(headers.map((h) => columnOf(sheet, h)?.key));
  return columnsOf(sheet)
    .filter((c) => c.required)
    .every((c) => keys.has(c.key));
}
