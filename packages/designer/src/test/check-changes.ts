/**
 * The promise of `FormChanges`, checked: a UI that redraws only the fields named would show the new
 * model exactly. Any field object not named is the very same object as before, at the same path.
 */
import type { FormModel } from '@signoff/schema';
import { expect } from 'vitest';
import { fieldsByPath } from '../field-path.js';
import type { FormChanges } from '../form-changes.js';
import { sameJson } from '../json-data.js';

/** A model with a repeated key names two fields by one path; the designer never makes one, imports may. */
function ambiguous(model: FormModel): boolean {
  const seen = new Set<string>();
  for (const f of Array.isArray(model.fields) ? model.fields : []) {
    if (typeof f !== 'object' || f === null || typeof f.key !== 'string') continue;
    if (seen.has(f.key)) return true;
    seen.add(f.key);
    if (f.type !== 'table' || !Array.isArray(f.columns)) continue;
    const cols = new Set<string>();
    for (const c of f.columns) {
      if (typeof c !== 'object' || c === null || typeof c.key !== 'string') continue;
      if (cols.has(c.key)) return true;
      cols.add(c.key);
    }
  }
  return false;
}

const under = (roots: Set<string>, path: string): boolean =>
  roots.has(path.split('.')[0] ?? path) && path.includes('.');

export function checkChanges(before: FormModel, after: FormModel, c: FormChanges): void {
  if (ambiguous(before) || ambiguous(after)) return;
  const b = fieldsByPath(before);
  const a = fieldsByPath(after);
  const toSide = new Set([
    ...c.added,
    ...c.updated,
    ...c.moved.map((m) => m.to),
    ...c.renamed.map((m) => m.to),
  ]);
  const fromSide = new Set([...c.removed, ...c.moved.map((m) => m.from), ...c.renamed.map((m) => m.from)]);
  const wholeNew = new Set([...c.added, ...c.renamed.map((m) => m.to)]);
  const wholeGone = new Set([...c.removed, ...c.renamed.map((m) => m.from)]);

  for (const p of toSide)
    expect(a.has(p), `${p} is named as new or changed but is not in the new model`).toBe(true);
  for (const p of fromSide)
    expect(b.has(p), `${p} is named as gone or moved but was not in the old model`).toBe(true);
  for (const m of c.moved)
    expect(a.get(m.to), `${m.from} → ${m.to} is not the same object`).toBe(b.get(m.from));
  for (const [p, f] of a) {
    if (b.get(p) === f) continue;
    expect(toSide.has(p) || under(wholeNew, p), `${p} changed but is not named`).toBe(true);
  }
  for (const p of b.keys()) {
    if (a.has(p)) continue;
    expect(fromSide.has(p) || under(wholeGone, p), `${p} went but is not named`).toBe(true);
  }
  const own = (m: FormModel) => ({ ...m, fields: undefined });
  if (!sameJson(own(before), own(after))) expect(c.form, 'the form itself changed').toBe(true);
}
