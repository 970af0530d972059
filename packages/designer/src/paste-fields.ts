import type { FormField, FormModel } from '@signoff/schema';
import { refuse } from './command-problem.js';
import { accepted, refused } from './command-result.js';
import { isValidKey, keysInUse, uniqueKey } from './field-keys.js';
import { labelOf } from './field-label.js';
import { isFieldType } from './field-palette.js';
import { isField } from './field-path.js';
import { columnProblem, insertFields, isProblem, keysAt, resolvePlace } from './field-place.js';
import type { CommandResult, DesignerOptions, PasteFieldsCommand } from './form-command.js';
import { changes } from './form-changes.js';
import { cloneJson, isObj } from './json-data.js';
import { renameInCondition, renameInFormula } from './rename-references.js';

type KeyMap = (key: string) => string;

/** The pasted fields' rules and formulas read the pasted fields under their new keys; a column's row still comes first. */
function followKeys(field: FormField, key: KeyMap, intoTable: boolean): FormField {
  const sum = (table: string, column: string) => ({ table: intoTable ? table : key(table), column });
  const next = { ...field };
  if (next.visibleWhen !== undefined)
    next.visibleWhen = renameInCondition(next.visibleWhen, key) as FormField['visibleWhen'];
  if (next.type === 'computed' && next.formula !== undefined) {
    next.formula = renameInFormula(next.formula, { field: key, sum }) as FormField['formula'];
  }
  if (next.type === 'table' && Array.isArray(next.columns)) {
    const row = new Set(next.columns.filter(isField).map((c) => c.key));
    const inRow: KeyMap = (k) => (row.has(k) ? k : key(k));
    next.columns = next.columns.map((c) =>
      isField(c) && c.type === 'computed' && c.formula !== undefined
        ? { ...c, formula: renameInFormula(c.formula, { field: inRow, sum }) as FormField['formula'] }
        : c,
    );
  }
  return next;
}

/**
 * Pastes fields that may come from another form (or from anywhere: the clipboard is text). They are
 * copied, so the clipboard and the model never share an object. A key already used where they land
 * is replaced by a fresh one, and what the pasted fields read among themselves follows.
 */
export function pasteFields(
  model: FormModel,
  command: PasteFieldsCommand,
  options: DesignerOptions = {},
): CommandResult {
  const raw: unknown = command.fields;
  if (!Array.isArray(raw) || raw.length === 0) return refused(model, refuse.invalidClipboard());
  const target = resolvePlace(model, command.at);
  if (isProblem(target)) return refused(model, target);

  const copies: FormField[] = [];
  for (const item of raw as unknown[]) {
    const copy = cloneJson(item);
    if (!isObj(copy) || !isFieldType(copy.type)) return refused(model, refuse.invalidClipboard());
    const field = copy as unknown as FormField;
    if (target.table !== undefined) {
      const problem = columnProblem(field);
      if (problem) return refused(model, problem);
    }
    copies.push(field);
  }

  // fresh keys avoid the clipboard's own keys too, so no new key is one a later pasted field reads by
  const taken = keysInUse(model);
  for (const c of copies) {
    if (typeof c.key === 'string') taken.add(c.key);
    if (c.type === 'table' && Array.isArray(c.columns))
      for (const col of c.columns) if (isField(col)) taken.add(col.key);
  }
  const here = keysAt(model, target);
  const renames = new Map<string, string>();
  for (const c of copies) {
    const original: unknown = c.key;
    if (isValidKey(original) && !here.has(original)) {
      here.add(original);
      continue;
    }
    const key = uniqueKey(options.keyFromLabel?.(labelOf(c), c.type), taken);
    taken.add(key);
    here.add(key);
    if (typeof original === 'string' && !renames.has(original)) renames.set(original, key);
    c.key = key;
  }
  const kept = new Set(copies.map((c) => c.key));
  // a key both kept by one pasted field and replaced on another (a clipboard with a repeated key) stays as it is
  const follow: KeyMap = (k) => (kept.has(k) ? k : (renames.get(k) ?? k));
  const pasted =
    renames.size === 0 ? copies : copies.map((c) => followKeys(c, follow, target.table !== undefined));

  const { model: next, paths } = insertFields(model, target, pasted);
  const first = paths[0] ?? null;
  return accepted(
    next,
    changes({ added: paths, updated: target.table === undefined ? [] : [target.table] }),
    first,
  );
}
