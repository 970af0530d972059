import { fieldsReferenced, formulaFieldsReferenced, type FormModel } from '@signoff/schema';

/**
 * Who reads whom: for each field, the fields whose visibility rule or formula must be worked out
 * again when it changes. Most fields have no readers, so a keystroke in them costs one field.
 */
export interface FieldGraph {
  /** every field that may change when `key` changes, transitively, `key` itself left out unless a table computes its own columns */
  dependentsOf(key: string): readonly string[];
  /** whether any of those dependents is shown or hidden by a rule (so visibility must be recomputed) */
  affectsVisibility(key: string): boolean;
  /** tables whose computed columns read their own cells: a cell edit recomputes the row */
  selfComputing: ReadonlySet<string>;
}

export function buildFieldGraph(model: FormModel): FieldGraph {
  const readers = new Map<string, Set<string>>();
  const byRule = new Set<string>();
  const selfComputing = new Set<string>();
  const read = (source: string, reader: string) => {
    let set = readers.get(source);
    if (!set) readers.set(source, (set = new Set()));
    set.add(reader);
  };

  for (const field of model.fields) {
    if (field.visibleWhen) {
      byRule.add(field.key);
      for (const source of fieldsReferenced(field.visibleWhen)) read(source, field.key);
    }
    if (field.type === 'computed' && field.formula) {
      for (const source of formulaFieldsReferenced(field.formula)) read(source, field.key);
    }
    if (field.type === 'table') {
      const columns = new Set((field.columns ?? []).map((c) => c.key));
      for (const column of field.columns ?? []) {
        if (column.type !== 'computed' || !column.formula) continue;
        selfComputing.add(field.key);
        // inside a row a column wins over a form field of the same key
        for (const source of formulaFieldsReferenced(column.formula)) if (!columns.has(source)) read(source, field.key);
      }
    }
  }

  const cache = new Map<string, string[]>();
  const dependentsOf = (key: string): string[] => {
    const known = cache.get(key);
    if (known) return known;
    const seen = new Set<string>();
    const queue = [...(readers.get(key) ?? [])];
    while (queue.length > 0) {
      const next = queue.shift() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(readers.get(next) ?? []));
    }
    if (selfComputing.has(key)) seen.add(key);
    const list = [...seen];
    cache.set(key, list);
    return list;
  };

  return {
    dependentsOf,
    affectsVisibility: (key) => dependentsOf(key).some((k) => byRule.has(k)),
    selfComputing,
  };
}
