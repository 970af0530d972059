import type { Localized } from './form-model.js';
import type { JsonSchema } from './json-schema.js';

/** A JSON Pointer (`/items/3/amount`) as its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The path a form renderer marks: `days`, `items[3].amount`. Field keys start with a letter, so an
 * all-digit segment is always an array index.
 */
export function fieldPath(segments: readonly string[]): string {
  let path = '';
  for (const s of segments) {
    if (/^\d+$/.test(s)) path += `[${s}]`;
    else path += path === '' ? s : `.${s}`;
  }
  return path;
}

export interface LocatedField {
  label: Localized;
  /** whether the last named segment is required by its parent object */
  required: boolean;
}

/**
 * Walks the schema along a data path to find what to call the value there. A table cell is
 * named by table, row (counted from 1, as people count) and column; an entry of a plain list
 * by its list. Unknown segments (an extra property) are named by their key.
 */
export function locateField(root: JsonSchema, segments: readonly string[]): LocatedField {
  let schema: JsonSchema | undefined = root;
  let label: Localized = root['x-label'] ?? { zh: root.title ?? '', en: root.title ?? '' };
  let required = false;
  let row: { table: Localized; index: number } | undefined;
  for (const s of segments) {
    if (schema?.type === 'array') {
      row = { table: label, index: Number(s) };
      schema = schema.items;
      continue;
    }
    const parent: JsonSchema | undefined = schema;
    schema = parent?.properties?.[s];
    required = parent?.required?.includes(s) ?? false;
    const own = schema?.['x-label'] ?? { zh: s, en: s };
    label = row
      ? { zh: `${row.table.zh} 第 ${row.index + 1} 行 ${own.zh}`, en: `${row.table.en}, row ${row.index + 1}, ${own.en}` }
      : own;
    row = undefined;
  }
  return { label, required };
}
