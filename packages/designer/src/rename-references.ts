/**
 * When a key changes, what reads the field follows it: visibility rules, formulas (a column's row
 * first, as the schema resolves them) and a table's totals. Shape-aware, so a literal that happens
 * to look like `{ field }` inside a `value` is left alone; total on malformed rules and formulas.
 */
import type { FormField } from '@signoff/schema';
import { columnsOf, fieldPath, isField, type FieldPath } from './field-path.js';
import { isObj } from './json-data.js';

/** Deeper than the schema's own limit (64); past it nothing is read, so nothing needs renaming. */
const MAX_DEPTH = 100;

type KeyMap = (key: string) => string;
type SumMap = (table: string, column: string) => { table: string; column: string };
interface Maps {
  field: KeyMap;
  sum: SumMap;
}

type Obj = Record<string, unknown>;

const patched = <T extends object>(o: T, key: string, value: unknown): T =>
  (o as Obj)[key] === value ? o : { ...o, [key]: value };

function mapSame(list: readonly unknown[], fn: (x: unknown) => unknown): readonly unknown[] {
  let out: unknown[] | undefined;
  list.forEach((x, i) => {
    const y = fn(x);
    if (y !== x) (out ??= list.slice())[i] = y;
  });
  return out ?? list;
}

function operand(o: unknown, field: KeyMap): unknown {
  if (!isObj(o) || typeof o.field !== 'string') return o;
  return patched(o, 'field', field(o.field));
}

export function renameInCondition(c: unknown, field: KeyMap, depth = 0): unknown {
  if (!isObj(c) || depth > MAX_DEPTH) return c;
  switch (c.op) {
    case 'and':
    case 'or':
      return Array.isArray(c.conditions)
        ? patched(
            c,
            'conditions',
            mapSame(c.conditions, (x) => renameInCondition(x, field, depth + 1)),
          )
        : c;
    case 'not':
      return patched(c, 'condition', renameInCondition(c.condition, field, depth + 1));
    case 'empty':
    case 'notEmpty':
      return patched(c, 'operand', operand(c.operand, field));
    case 'in':
    case 'notIn':
    case 'between':
      return patched(c, 'left', operand(c.left, field));
    default:
      return patched(patched(c, 'left', operand(c.left, field)), 'right', operand(c.right, field));
  }
}

export function renameInFormula(f: unknown, maps: Maps, depth = 0): unknown {
  if (!isObj(f) || depth > MAX_DEPTH) return f;
  if (!('op' in f)) return operand(f, maps.field);
  const go = (x: unknown) => renameInFormula(x, maps, depth + 1);
  switch (f.op) {
    case 'sum': {
      if (typeof f.table !== 'string' || typeof f.column !== 'string') return f;
      const r = maps.sum(f.table, f.column);
      return patched(patched(f, 'table', r.table), 'column', r.column);
    }
    case 'daysBetween':
      return patched(
        patched(patched(f, 'range', operand(f.range, maps.field)), 'from', go(f.from)),
        'to',
        go(f.to),
      );
    case 'if':
      return patched(
        patched(
          patched(f, 'condition', renameInCondition(f.condition, maps.field, depth + 1)),
          'then',
          go(f.then),
        ),
        'else',
        go(f.else),
      );
    case 'round':
      return patched(f, 'value', go(f.value));
    default:
      return patched(patched(f, 'left', go(f.left)), 'right', go(f.right));
  }
}

export interface Rename {
  /** the table, when a column was renamed */
  table?: string;
  from: string;
  to: string;
}

const same: KeyMap = (k) => k;

/**
 * Rewrites the references to a renamed field. `fields` already carries the new key. Returns the new
 * list (the same array when nothing read the field) and the paths of the fields rewritten.
 */
export function followRename(
  fields: readonly FormField[],
  rename: Rename,
): { fields: readonly FormField[]; updated: FieldPath[] } {
  const { table, from, to } = rename;
  const topField: KeyMap = table === undefined ? (k) => (k === from ? to : k) : same;
  const sum: SumMap =
    table === undefined
      ? (t, c) => (t === from ? { table: to, column: c } : { table: t, column: c })
      : (t, c) => (t === table && c === from ? { table: t, column: to } : { table: t, column: c });
  const updated: FieldPath[] = [];
  const next = mapSame(fields, (raw) => {
    if (!isField(raw)) return raw;
    let f = raw;
    if (f.visibleWhen !== undefined)
      f = patched(f, 'visibleWhen', renameInCondition(f.visibleWhen, topField));
    if (f.type === 'computed' && f.formula !== undefined)
      f = patched(f, 'formula', renameInFormula(f.formula, { field: topField, sum }));
    if (f.type === 'table') {
      const row = new Set(
        columnsOf(f)
          .filter(isField)
          .map((c) => c.key),
      );
      const inRow: KeyMap =
        f.key === table ? (k) => (k === from ? to : k) : (k) => (row.has(k) ? k : topField(k));
      const tableKey = f.key;
      const columns = mapSame(Array.isArray(f.columns) ? f.columns : [], (c) => {
        if (!isField(c) || c.type !== 'computed' || c.formula === undefined) return c;
        const d = patched(c, 'formula', renameInFormula(c.formula, { field: inRow, sum }));
        if (d !== c) updated.push(fieldPath(d.key, tableKey));
        return d;
      });
      if (Array.isArray(f.columns)) f = patched(f, 'columns', columns);
      if (f.key === table && Array.isArray(f.sumColumns)) {
        f = patched(
          f,
          'sumColumns',
          mapSame(f.sumColumns, (k) => (k === from ? to : k)),
        );
      }
    }
    if (f !== raw) updated.push(f.key);
    return f;
  });
  return { fields: next as readonly FormField[], updated };
}
