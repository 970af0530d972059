import { at } from './import-cell-words.js';
import type { ImportDraft } from './import-draft.js';
import type { Position } from './org-model.js';
import type { ImportRow } from './org-import-types.js';
import type { SheetReader } from './read-import-sheets.js';

interface PositionEntry {
  row: ImportRow;
  pos: Position;
  created: boolean;
  head: boolean;
}

/**
 * Step 3: the positions sheet, matched by name within their department, with the head flag. A
 * second head of one department is reported and its flag put back.
 */
export function readPositions(reader: SheetReader, draft: ImportDraft): void {
  const entries = matchPositions(reader, draft);
  refuseSecondHeads(reader, draft, entries);
}

function matchPositions(reader: SheetReader, draft: ImportDraft): PositionEntry[] {
  const { positions } = draft;
  const entries: PositionEntry[] = [];
  for (const row of reader.dataRows('positions')) {
    const name = reader.required('positions', row, 'name', '岗位名称', 'the position name');
    const deptName = reader.required('positions', row, 'department', '所属部门', 'the department');
    const head = reader.yesNoCell('positions', row, 'head');
    if (name === undefined || deptName === undefined) continue;
    const dept = draft.deptByName.get(deptName);
    if (!dept) {
      reader.problem(
        'positions',
        row.line,
        'unknown_department',
        at(row.line, `部门「${deptName}」不存在`, `department ${deptName} does not exist`),
        reader.header('positions', 'department'),
      );
      continue;
    }
    const found = positions.find((p) => p.departmentId === dept.id && p.name === name);
    const firstLine = found ? draft.lines.positions.get(found.id) : undefined;
    if (firstLine !== undefined) {
      const what = { zh: `岗位「${deptName}/${name}」`, en: `the position ${name} of ${deptName}` };
      reader.repeated('positions', row, 'duplicate_name', 'name', what, firstLine);
      continue;
    }
    let pos = found;
    if (!pos) {
      pos = { id: draft.newId(), name, departmentId: dept.id, isHead: false };
      positions.push(pos);
    }
    if (typeof head === 'boolean') pos.isHead = head;
    draft.lines.positions.set(pos.id, row.line);
    entries.push({ row, pos, created: !found, head: head === true });
  }
  return entries;
}

function refuseSecondHeads(reader: SheetReader, draft: ImportDraft, entries: readonly PositionEntry[]): void {
  const headsOf = new Map<string, Position[]>();
  for (const p of draft.positions)
    if (p.isHead) headsOf.set(p.departmentId, [...(headsOf.get(p.departmentId) ?? []), p]);
  const nameOfDept = (id: string) => draft.departments.find((d) => d.id === id)?.name ?? id;
  for (const { row, pos, created, head } of entries) {
    const heads = headsOf.get(pos.departmentId) ?? [];
    if (!head || heads.length < 2) continue;
    const others = heads
      .filter((p) => p !== pos)
      .map((p) => p.name)
      .join('、');
    const d = nameOfDept(pos.departmentId);
    reader.problem(
      'positions',
      row.line,
      'two_heads',
      at(
        row.line,
        `部门「${d}」已有负责人岗位「${others}」，一个部门只能有一个负责人岗位`,
        `${d} already has the head position ${others}; a department may have one`,
      ),
      reader.header('positions', 'head'),
    );
    pos.isHead = created ? false : (draft.beforePos.get(pos.id)?.isHead ?? false);
  }
}
