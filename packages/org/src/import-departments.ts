import { at } from './import-cell-words.js';
import type { ImportDraft } from './import-draft.js';
import { findImportPosition, positionProblem } from './find-import-position.js';
import type { Department } from './org-model.js';
import type { ImportRow } from './org-import-types.js';
import type { SheetReader } from './read-import-sheets.js';

/** A department the file names, with the row that names it. */
export interface DepartmentEntry {
  row: ImportRow;
  dept: Department;
  created: boolean;
}

/**
 * Step 2: the departments sheet, matched by name, then each row's parent, code, order and
 * virtual flag. A parent that makes a cycle is reported and put back. The head position of a
 * virtual department waits for the positions (`readHeadPositions`).
 */
export function readDepartments(reader: SheetReader, draft: ImportDraft): DepartmentEntry[] {
  const entries = matchDepartments(reader, draft);
  readFields(reader, draft, entries);
  undoCycles(reader, draft, entries);
  return entries;
}

function matchDepartments(reader: SheetReader, draft: ImportDraft): DepartmentEntry[] {
  const entries: DepartmentEntry[] = [];
  for (const row of reader.dataRows('departments')) {
    const name = reader.required('departments', row, 'name', '部门名称', 'the department name');
    if (name === undefined) continue;
    const found = draft.deptByName.get(name);
    const firstLine = found ? draft.lines.departments.get(found.id) : undefined;
    if (firstLine !== undefined) {
      const what = { zh: `部门「${name}」`, en: `the department ${name}` };
      reader.repeated('departments', row, 'duplicate_name', 'name', what, firstLine);
      continue;
    }
    let dept = found;
    if (!dept) {
      dept = { id: draft.newId(), name, parentId: null, order: Number.NaN };
      draft.departments.push(dept);
      draft.deptByName.set(name, dept);
    }
    draft.lines.departments.set(dept.id, row.line);
    entries.push({ row, dept, created: !found });
  }
  return entries;
}

function readFields(reader: SheetReader, draft: ImportDraft, entries: readonly DepartmentEntry[]): void {
  const { cell, header } = reader;
  let nextOrder = Math.max(0, ...draft.before.departments.map((d) => d.order + 1));
  for (const { row, dept, created } of entries) {
    const parent = cell('departments', row, 'parent');
    if (parent === '') dept.parentId = null;
    else if (parent !== undefined) {
      const p = draft.deptByName.get(parent);
      if (p) dept.parentId = p.id;
      else {
        reader.problem(
          'departments',
          row.line,
          'unknown_parent',
          at(row.line, `上级部门「${parent}」不存在`, `parent department ${parent} does not exist`),
          header('departments', 'parent'),
        );
      }
    }
    const code = cell('departments', row, 'code');
    if (code === '') delete dept.code;
    else if (code !== undefined) dept.code = code;
    const order = cell('departments', row, 'order');
    if (order !== undefined && order !== '') {
      if (/^-?\d+$/.test(order)) dept.order = Number(order);
      else {
        const h = header('departments', 'order');
        reader.problem(
          'departments',
          row.line,
          'bad_number',
          at(row.line, `「${h}」应填整数，不能是「${order}」`, `${h} must be a whole number, not ${order}`),
          h,
        );
      }
    }
    if (created && Number.isNaN(dept.order)) dept.order = nextOrder++;
    const virtual = reader.yesNoCell('departments', row, 'virtual');
    if (virtual === true) dept.virtual = true;
    else if (virtual === false) {
      delete dept.virtual;
      delete dept.headPositionId;
    }
  }
}

/** Reports every row of each cycle, then puts those rows' parents back, until none is left. */
function undoCycles(reader: SheetReader, draft: ImportDraft, entries: readonly DepartmentEntry[]): void {
  const cycleLines = new Set<number>();
  for (let round = 0; round <= entries.length; round++) {
    const byId = new Map(draft.departments.map((d) => [d.id, d]));
    const inCycle = new Map<string, string[]>();
    for (const { dept } of entries) {
      const path: string[] = [];
      let id: string | null = dept.id;
      while (id !== null && !path.includes(id)) {
        path.push(id);
        id = byId.get(id)?.parentId ?? null;
      }
      if (id === dept.id) inCycle.set(dept.id, path);
    }
    if (inCycle.size === 0) break;
    for (const { row, dept, created } of entries) {
      const path = inCycle.get(dept.id);
      if (!path) continue;
      if (!cycleLines.has(row.line)) {
        cycleLines.add(row.line);
        const names = [...path, dept.id].map((id) => byId.get(id)?.name ?? id).join(' → ');
        reader.problem(
          'departments',
          row.line,
          'parent_cycle',
          at(row.line, `上级部门形成循环：${names}`, `the parent departments form a cycle: ${names}`),
          reader.header('departments', 'parent'),
        );
      }
      dept.parentId = created ? null : (draft.beforeDept.get(dept.id)?.parentId ?? null);
    }
  }
}

/**
 * Step 4: the head position of each virtual department, read after the positions because it may
 * be a position of this same file.
 */
export function readHeadPositions(
  reader: SheetReader,
  draft: ImportDraft,
  entries: readonly DepartmentEntry[],
): void {
  for (const { row, dept } of entries) {
    const v = reader.cell('departments', row, 'headPosition');
    if (v === undefined) continue;
    if (v === '') {
      delete dept.headPositionId;
      continue;
    }
    if (!dept.virtual) {
      const h = reader.header('departments', 'headPosition');
      reader.problem(
        'departments',
        row.line,
        'head_position_not_virtual',
        at(row.line, `只有虚拟部门才填「${h}」`, `only a virtual department has a ${h}`),
        h,
      );
      continue;
    }
    const p = findImportPosition(draft, v, []);
    if (p === undefined || p === 'ambiguous')
      positionProblem(reader, 'departments', row, 'headPosition', v, p, 'unknown_head_position');
    else dept.headPositionId = p.id;
  }
}
