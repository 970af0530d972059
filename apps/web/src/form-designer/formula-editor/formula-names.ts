import type { FormField, Locale } from '@signoff/schema';

/**
 * How fields are named in formula text: `[请假天数]` by label (either language) or `[days]` by key;
 * `[费用明细.金额]` for a table column. The parser and the printer share these rules, so whatever the
 * printer writes reads back as the same field.
 */
export interface NameScope {
  /** the form's top-level fields */
  fields: readonly FormField[];
  /** the row's columns, when the formula belongs to a table column: they win over form fields */
  row?: readonly FormField[];
  lang: Locale;
}

export type Resolved = { ok: true; key: string; field: FormField } | { ok: false; ambiguous: string[] };

const other = (lang: Locale): Locale => (lang === 'zh' ? 'en' : 'zh');

/** Label in the language, then in the other, then key; within each, the row before the form. A name two fields share is ambiguous. */
function resolveIn(pools: readonly (readonly FormField[])[], name: string, lang: Locale): Resolved {
  const tests: ((f: FormField) => boolean)[] = [
    (f) => f.label[lang] === name,
    (f) => f.label[other(lang)] === name,
    (f) => f.key === name,
  ];
  for (const test of tests) {
    for (const pool of pools) {
      const hits = pool.filter(test);
      const keys = [...new Set(hits.map((f) => f.key))];
      if (keys.length > 1) return { ok: false, ambiguous: keys };
      const hit = hits[0];
      if (hit) return { ok: true, key: hit.key, field: hit };
    }
  }
  return { ok: false, ambiguous: [] };
}

export function resolveField(name: string, scope: NameScope): Resolved {
  return resolveIn(scope.row ? [scope.row, scope.fields] : [scope.fields], name, scope.lang);
}

/** The field a key in a formula means: the row's column first, as the evaluator reads it. */
export function fieldByKey(key: string, scope: Pick<NameScope, 'fields' | 'row'>): FormField | undefined {
  return scope.row?.find((f) => f.key === key) ?? scope.fields.find((f) => f.key === key);
}

const writable = (name: string) => name !== '' && !/[[\]]/.test(name) && name.trim() === name;

/** The text inside `[…]` for a field key: its label when that reads back as the key, else the key. */
export function nameOfField(key: string, scope: NameScope): string {
  const f = fieldByKey(key, scope);
  for (const label of f ? [f.label[scope.lang], f.label[other(scope.lang)]] : []) {
    if (!writable(label)) continue;
    const back = resolveField(label, scope);
    if (back.ok && back.key === key) return label;
  }
  return key;
}

const tables = (scope: NameScope) => scope.fields.filter((f) => f.type === 'table');

/** `表.列` as a table and one of its columns, trying each dot, since labels may hold dots too. */
export function resolveColumn(name: string, scope: NameScope): { table: string; column: string } | undefined {
  for (let i = name.indexOf('.'); i > 0; i = name.indexOf('.', i + 1)) {
    const t = resolveIn([tables(scope)], name.slice(0, i), scope.lang);
    if (!t.ok) continue;
    const c = resolveIn([t.field.columns ?? []], name.slice(i + 1), scope.lang);
    if (c.ok) return { table: t.key, column: c.key };
  }
  return undefined;
}

/** The text inside `[…]` for a column: labels when they read back, keys otherwise (keys hold no dots). */
export function nameOfColumn(table: string, column: string, scope: NameScope): string {
  const t = tables(scope).find((f) => f.key === table);
  const c = t?.columns?.find((f) => f.key === column);
  if (t && c) {
    for (const lang of [scope.lang, other(scope.lang)]) {
      const name = `${t.label[lang]}.${c.label[lang]}`;
      const back =
        writable(t.label[lang]) && writable(c.label[lang]) ? resolveColumn(name, scope) : undefined;
      if (back && back.table === table && back.column === column) return name;
    }
  }
  return `${table}.${column}`;
}
