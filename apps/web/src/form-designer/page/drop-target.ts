import { locate, type FieldPath, type FormCommand } from '@signoff/designer';
import type { FieldType, FormField, FormModel } from '@signoff/schema';

/**
 * The ids dnd-kit knows the designer's draggables by: a palette entry, or a field on the canvas
 * (its path, `table.column` for a column). The canvas is the one drop target; where on it a drop
 * lands is a gap (below), worked out by the designer, not by dnd-kit's collision detection.
 */
export const paletteId = (type: FieldType) => `p:${type}`;
export const fieldId = (path: FieldPath) => `f:${path}`;
export const CANVAS_ZONE = 'canvas';

export type DragSubject = { kind: 'palette'; fieldType: FieldType } | { kind: 'field'; path: FieldPath };

export function subjectOf(id: string | number): DragSubject | null {
  const s = String(id);
  if (s.startsWith('p:')) return { kind: 'palette', fieldType: s.slice(2) as FieldType };
  if (s.startsWith('f:')) return { kind: 'field', path: s.slice(2) };
  return null;
}

/**
 * A place between fields: before the field at `index` of the form's list, or of a table's
 * columns; `index` equal to the list's length is its end. Indices count the list as it is
 * before the drop, the dragged field still in it.
 */
export interface Gap {
  table?: string;
  index: number;
}

export const sameGap = (a: Gap | null, b: Gap | null): boolean =>
  a === b || (a !== null && b !== null && a.index === b.index && a.table === b.table);

/** What the core accepts as a table column (packages/designer `columnProblem`): asked before a column gap is offered. */
export function canBeColumn(model: FormModel, subject: DragSubject): boolean {
  if (subject.kind === 'palette')
    return subject.fieldType !== 'table' && subject.fieldType !== 'serialNumber';
  const field = locate(model, subject.path)?.field;
  return field !== undefined && field.type !== 'table' && field.type !== 'serialNumber' && !field.visibleWhen;
}

/** Whether dropping the subject in the gap leaves the form as it is: just before or after itself. */
function isNoop(model: FormModel, subject: DragSubject, gap: Gap): boolean {
  if (subject.kind === 'palette') return false;
  const at = locate(model, subject.path);
  if (!at || at.table?.field.key !== gap.table) return false;
  return gap.index === at.index || gap.index === at.index + 1;
}

/** Whether the gap is one a drop of the subject can use: not a column place for what cannot be a column, not a no-op. */
export function offersGap(model: FormModel, subject: DragSubject, gap: Gap): boolean {
  if (gap.table !== undefined && !canBeColumn(model, subject)) return false;
  return !isNoop(model, subject, gap);
}

/**
 * Every gap in reading order: before each field, and inside a table (before each column, then its
 * end) right after the gap before that table; the form's end last. The keyboard walks this list.
 */
export function gapsInOrder(model: FormModel): Gap[] {
  const gaps: Gap[] = [];
  model.fields.forEach((f: FormField, i) => {
    gaps.push({ index: i });
    if (f.type === 'table') {
      const n = f.columns?.length ?? 0;
      for (let j = 0; j <= n; j++) gaps.push({ table: f.key, index: j });
    }
  });
  gaps.push({ index: model.fields.length });
  return gaps;
}

/** Where a dragged field starts: its own place (a no-op gap), or null for a palette entry. */
export function homeGap(model: FormModel, subject: DragSubject): Gap | null {
  if (subject.kind === 'palette') return null;
  const at = locate(model, subject.path);
  if (!at) return null;
  return at.table ? { table: at.table.field.key, index: at.index } : { index: at.index };
}

/**
 * One arrow key's step from `from` (a gap in `gapsInOrder`) to the next (`+1`) or previous (`-1`)
 * gap the subject may use; the same gap at either end of the list.
 */
export function stepGap(model: FormModel, subject: DragSubject, from: Gap, direction: 1 | -1): Gap {
  const order = gapsInOrder(model);
  const at = order.findIndex((g) => sameGap(g, from));
  for (let i = at + direction; at >= 0 && i >= 0 && i < order.length; i += direction) {
    const g = order[i] as Gap;
    if (offersGap(model, subject, g)) return g;
  }
  return from;
}

/** The command a drop in `gap` makes, or null when it changes nothing (dropped outside, or beside itself). */
export function dropCommand(
  model: FormModel,
  activeId: string | number,
  gap: Gap | null,
): FormCommand | null {
  const subject = subjectOf(activeId);
  if (!subject || !gap || !offersGap(model, subject, gap)) return null;
  const table = gap.table === undefined ? {} : { table: gap.table };
  if (subject.kind === 'palette')
    return { type: 'addField', fieldType: subject.fieldType, at: { ...table, index: gap.index } };
  const at = locate(model, subject.path);
  if (!at) return null;
  // the core's index is the field's position afterwards: in its own list, the places after it move up by one
  const sameList = at.table?.field.key === gap.table;
  const index = sameList && gap.index > at.index ? gap.index - 1 : gap.index;
  return { type: 'moveField', field: subject.path, to: { ...table, index } };
}
