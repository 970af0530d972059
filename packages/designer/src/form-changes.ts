import type { FieldPath } from './field-path.js';

export interface FieldMove {
  from: FieldPath;
  to: FieldPath;
}

/**
 * What a command changed, so a UI redraws only that. A field object that is not named here is the
 * very same object as before. Paths in `added`, `updated`, `moved[].to` and `renamed[].to` are in
 * the new model; `removed`, `moved[].from` and `renamed[].from` in the old one. A table's columns go
 * and come with it (its path alone is listed); a table whose columns changed is `updated`.
 */
export interface FormChanges {
  readonly added: readonly FieldPath[];
  readonly removed: readonly FieldPath[];
  /** fields whose settings changed: edited ones, renamed ones, and those whose rules or formulas followed a rename */
  readonly updated: readonly FieldPath[];
  /** the same field object at a new place (`from` = `to` for a reorder within its list) */
  readonly moved: readonly FieldMove[];
  /** key changes; the renamed field is also in `updated` */
  readonly renamed: readonly FieldMove[];
  /** the form's own key or title */
  readonly form: boolean;
}

const none = Object.freeze([]);

export const NO_CHANGES: FormChanges = Object.freeze({
  added: none,
  removed: none,
  updated: none,
  moved: none,
  renamed: none,
  form: false,
});

export const changes = (c: Partial<FormChanges>): FormChanges => ({ ...NO_CHANGES, ...c });

export const isEmpty = (c: FormChanges): boolean =>
  !c.form && c.added.length + c.removed.length + c.updated.length + c.moved.length + c.renamed.length === 0;

/** A path as it reads after the renames (a renamed table carries its columns along). */
function mapPath(path: FieldPath, renames: readonly FieldMove[]): FieldPath {
  let p = path;
  for (const r of renames) {
    if (p === r.from) p = r.to;
    else if (p.startsWith(`${r.from}.`)) p = r.to + p.slice(r.from.length);
  }
  return p;
}

const swap = (m: FieldMove): FieldMove => ({ from: m.to, to: m.from });

/** What undoing the change does. */
export function invertChanges(c: FormChanges): FormChanges {
  const back = c.renamed.map(swap).reverse();
  return {
    added: c.removed,
    removed: c.added,
    updated: c.updated.map((p) => mapPath(p, back)),
    moved: c.moved.map(swap),
    renamed: back,
    form: c.form,
  };
}

const unique = (paths: FieldPath[]): FieldPath[] => [...new Set(paths)];

/**
 * `a` then `b` as one change, for a coalesced burst of edits. Only edits in place compose (no
 * field added, removed or moved), which is all that coalescing ever joins; anything else is `undefined`.
 */
export function composeChanges(a: FormChanges, b: FormChanges): FormChanges | undefined {
  for (const c of [a, b]) if (c.added.length + c.removed.length + c.moved.length > 0) return undefined;
  const renamed: FieldMove[] = [];
  const rest = [...b.renamed];
  for (const r of a.renamed) {
    const to = mapPath(r.to, b.renamed);
    const i = rest.findIndex((x) => x.from === r.to);
    if (i >= 0) rest.splice(i, 1);
    if (to !== r.from) renamed.push({ from: r.from, to });
  }
  renamed.push(...rest);
  return {
    ...NO_CHANGES,
    updated: unique([...b.updated, ...a.updated.map((p) => mapPath(p, b.renamed))]),
    renamed,
    form: a.form || b.form,
  };
}
