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
  /** the value's name as a message shows it, quotes included: 「请假天数」, 「明细」第 4 行「金额」 */
  name: Localized;
  /** whether the last named segment is required by its parent object */
  required: boolean;
  /** the schema of the value at the path, when the path leads into the schema */
  schema: JsonSchema | undefined;
}

const quote = (l: Localized): Localized => ({ zh: `「${l.zh}」`, en: `"${l.en}"` });

/** How the entries of a list are counted: rows of a table, files of an attachment field. */
function entryName(list: JsonSchema | undefined, index: number): Localized {
  const n = index + 1;
  const type = list?.['x-type'];
  if (type === 'attachment' || type === 'image') return { zh: `第 ${n} 个文件`, en: `file ${n}` };
  return { zh: `第 ${n} 行`, en: `row ${n}` };
}

/**
 * Walks the schema along a data path to find what to call the value there. A table cell is
 * named by table, row (counted from 1, as people count) and column: 「明细」第 4 行「金额」 /
 * "Items" row 4 "Amount"; an entry of a plain list (a date range, a multi-select) by its list.
 * Unknown segments (an extra property) are named by their key.
 */
export function locateField(root: JsonSchema, segments: readonly string[]): LocatedField {
  let schema: JsonSchema | undefined = root;
  let name: Localized = quote(root['x-label'] ?? { zh: root.title ?? '', en: root.title ?? '' });
  let required = false;
  let entry: Localized | undefined;
  for (const s of segments) {
    if (schema?.type === 'array') {
      entry = entryName(schema, Number(s));
      schema = schema.items;
      continue;
    }
    const parent: JsonSchema | undefined = schema;
    schema = parent?.properties?.[s];
    required = parent?.required?.includes(s) ?? false;
    const own = quote(schema?.['x-label'] ?? { zh: s, en: s });
    name = entry ? { zh: `${name.zh}${entry.zh}${own.zh}`, en: `${name.en} ${entry.en} ${own.en}` } : own;
    entry = undefined;
  }
  return { name, required, schema };
}
