import { at } from './import-cell-words.js';
import type { ImportDraft } from './import-draft.js';
import type { Position } from './org-model.js';
import type { ImportRow, ImportSheet } from './org-import-types.js';
import type { SheetReader } from './read-import-sheets.js';

/** A position by name, or `部门/岗位` when the name alone is ambiguous; `prefer` settles among departments. */
export function findImportPosition(
  draft: ImportDraft,
  text: string,
  prefer: readonly string[],
): Position | 'ambiguous' | undefined {
  const { positions, deptByName } = draft;
  let candidates = positions.filter((p) => p.name === text);
  if (candidates.length === 0) {
    for (let i = text.indexOf('/'); i > 0; i = text.indexOf('/', i + 1)) {
      const d = deptByName.get(text.slice(0, i).trim());
      const pn = text.slice(i + 1).trim();
      if (d) candidates.push(...positions.filter((p) => p.departmentId === d.id && p.name === pn));
    }
  }
  if (candidates.length > 1) {
    const preferred = candidates.filter((p) => prefer.includes(p.departmentId));
    if (preferred.length > 0) candidates = preferred;
  }
  return candidates.length > 1 ? 'ambiguous' : candidates[0];
}

/** Reports a position a cell names that `findImportPosition` could not settle on. */
export function positionProblem(
  reader: SheetReader,
  sheet: ImportSheet,
  row: ImportRow,
  key: string,
  text: string,
  result: 'ambiguous' | undefined,
  code = 'unknown_position',
): void {
  const h = reader.header(sheet, key);
  if (result === 'ambiguous')
    reader.problem(
      sheet,
      row.line,
      'ambiguous_position',
      at(
        row.line,
        `多个部门都有岗位「${text}」，请写成「部门/${text}」`,
        `several departments have a position ${text}; write it as department/${text}`,
      ),
      h,
    );
  else
    reader.problem(
      sheet,
      row.line,
      code,
      at(row.line, `岗位「${text}」不存在`, `position ${text} does not exist`),
      h,
    );
}
