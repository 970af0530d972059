import { locate, type FieldPath, type Place } from '@signoff/designer';
import type { FormField, FormModel } from '@signoff/schema';

/** Where a copy is kept as well as on the system clipboard, which a browser may refuse to read or write. */
export const CLIPBOARD_STORAGE_KEY = 'signoff.designer.clipboard';

/** What the designer writes to the clipboard: fields, marked so that any other text is told apart. */
export interface FieldsClip {
  signoff: 'fields';
  version: 1;
  fields: FormField[];
}

export function encodeFields(fields: readonly FormField[]): string {
  const clip: FieldsClip = { signoff: 'fields', version: 1, fields: [...fields] };
  return JSON.stringify(clip);
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The fields in clipboard text, or null when the text is not a copy from the designer. Only the
 * marker and the list are checked here: the core's `pasteFields` refuses fields it cannot take.
 */
export function decodeFields(text: string | null | undefined): FormField[] | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObj(value) || value.signoff !== 'fields' || value.version !== 1) return null;
  const fields = value.fields;
  if (!Array.isArray(fields) || fields.length === 0) return null;
  if (!fields.every((f) => isObj(f) && typeof f.type === 'string')) return null;
  return fields as FormField[];
}

/** The selected field (a table with its columns, or a single column), as the clipboard takes it. */
export function fieldsToCopy(model: FormModel, selected: FieldPath | null): FormField[] | null {
  const found = selected === null ? undefined : locate(model, selected);
  return found ? [found.field] : null;
}

/** Right after the selected field, in its own list (a table's columns for a column); the end of the form when none is. */
export function pastePlace(model: FormModel, selected: FieldPath | null): Place {
  const found = selected === null ? undefined : locate(model, selected);
  if (!found) return {};
  if (found.table) return { table: found.table.field.key, index: found.index + 1 };
  return { index: found.index + 1 };
}
