import { locate, type FieldPath, type FormCommand, type Place } from '@signoff/designer';
import type { FieldType, FormModel } from '@signoff/schema';

/**
 * The ids dnd-kit knows the designer's pieces by: a palette entry, a field on the canvas (its path,
 * `table.column` for a column), a table's "drop as a column" zone and the end of the form.
 */
export const paletteId = (type: FieldType) => `p:${type}`;
export const fieldId = (path: FieldPath) => `f:${path}`;
export const tableZoneId = (table: string) => `t:${table}`;
export const END_ZONE = 'end';

export type DragSubject = { kind: 'palette'; fieldType: FieldType } | { kind: 'field'; path: FieldPath };

export function subjectOf(id: string | number): DragSubject | null {
  const s = String(id);
  if (s.startsWith('p:')) return { kind: 'palette', fieldType: s.slice(2) as FieldType };
  if (s.startsWith('f:')) return { kind: 'field', path: s.slice(2) };
  return null;
}

/** Where a drop on `overId` puts a field: the place of the item now there (it ends up at its index), or an end. */
export function placeOf(model: FormModel, overId: string | number): Place | null {
  const s = String(overId);
  if (s === END_ZONE) return {};
  if (s.startsWith('t:')) return { table: s.slice(2) };
  if (!s.startsWith('f:')) return null;
  const path = s.slice(2);
  const at = locate(model, path);
  if (!at) return null;
  const dot = path.indexOf('.');
  return dot < 0 ? { index: at.index } : { table: path.slice(0, dot), index: at.index };
}

/** The command a drop makes, or null when it changes nothing (dropped outside, or on itself). */
export function dropCommand(
  model: FormModel,
  activeId: string | number,
  overId: string | number | null | undefined,
): FormCommand | null {
  const subject = subjectOf(activeId);
  if (!subject || overId === null || overId === undefined) return null;
  const to = placeOf(model, overId);
  if (!to) return null;
  if (subject.kind === 'palette') return { type: 'addField', fieldType: subject.fieldType, at: to };
  if (String(overId) === fieldId(subject.path)) return null;
  return { type: 'moveField', field: subject.path, to };
}
