import {
  checkFormula,
  validateModel,
  type FormField,
  type Formula,
  type Locale,
  type Localized,
} from '@signoff/schema';
import { designerStrings, fill } from '../designer.i18n';
import type { NameScope } from './formula-names';
import type { Span } from './formula-tokens';
import { parseFormula } from './parse-formula';

/** The computed field a formula belongs to: a top-level field, or a column of `table`. */
export interface FormulaTarget {
  key: string;
  table?: string;
}

export interface EditorProblem {
  message: Localized;
  /** where in the text, when the problem is about a part of it */
  span?: Span;
}

export interface FormulaReview {
  /** the formula the text says; undefined when blank or unreadable */
  formula: Formula | undefined;
  problems: EditorProblem[];
}

export interface ReviewContext {
  fields: readonly FormField[];
  target: FormulaTarget;
  ranks?: readonly string[];
  lang: Locale;
}

export function targetField(fields: readonly FormField[], target: FormulaTarget): FormField | undefined {
  if (!target.table) return fields.find((f) => f.key === target.key);
  return fields
    .find((f) => f.key === target.table && f.type === 'table')
    ?.columns?.find((c) => c.key === target.key);
}

/** The form's fields with the target's formula replaced (or the target added, if the form lacks it yet). */
function withFormula(
  fields: readonly FormField[],
  target: FormulaTarget,
  formula: Formula | undefined,
): FormField[] {
  const place = (list: readonly FormField[]): FormField[] => {
    const blank: FormField = { key: target.key, type: 'computed', label: { zh: target.key, en: target.key } };
    const base = list.some((f) => f.key === target.key) ? list : [...list, blank];
    return base.map((f) =>
      f.key !== target.key ? f : formula === undefined ? withoutFormula(f) : { ...f, formula },
    );
  };
  if (!target.table) return place(fields);
  return fields.map((f) =>
    f.key === target.table && f.type === 'table' ? { ...f, columns: place(f.columns ?? []) } : f,
  );
}

function withoutFormula(f: FormField): FormField {
  const { formula: _drop, ...rest } = f;
  return rest;
}

/** Loops the model validator finds among formulas and visibility rules, as their messages. */
function cycles(fields: FormField[]): Localized[] {
  const model = { modelVersion: 1, key: 'draft', title: { zh: '草稿', en: 'Draft' }, fields };
  return validateModel(model)
    .filter((p) => p.code === 'cycle')
    .map((p) => p.message);
}

/** The loops in the form without this formula, which are not this formula's fault; kept per field list, since typing does not change it. */
const baseCycles = new WeakMap<readonly FormField[], Map<string, Set<string>>>();

function cyclesWithoutTarget(fields: readonly FormField[], target: FormulaTarget): Set<string> {
  const id = `${target.table ?? ''}.${target.key}`;
  let perTarget = baseCycles.get(fields);
  if (!perTarget) baseCycles.set(fields, (perTarget = new Map<string, Set<string>>()));
  let found = perTarget.get(id);
  if (!found)
    perTarget.set(id, (found = new Set(cycles(withFormula(fields, target, undefined)).map((m) => m.zh))));
  return found;
}

const overlaps = (a: Span | undefined, b: Span | undefined) =>
  !!a && !!b && a.start < b.end && b.start < a.end;

/**
 * Everything the editor says about a text: what cannot be read (with its place), what
 * `checkFormula` finds (pointed back at the text), loops through other formulas or visibility
 * rules that this formula would close (from `validateModel`), and a target that is not computed.
 */
export function reviewFormula(text: string, ctx: ReviewContext): FormulaReview {
  const { fields, target, lang } = ctx;
  const table = target.table ? fields.find((f) => f.key === target.table) : undefined;
  const row = table?.columns;
  const scope: NameScope = row ? { fields, row, lang } : { fields, lang };
  const parsed = parseFormula(text, scope);
  const problems: EditorProblem[] = parsed.problems.map((p) => ({
    message: p.message,
    span: { start: p.start, end: p.end },
  }));

  const field = targetField(fields, target);
  if (field && field.type !== 'computed') {
    const name = field.label[lang] || field.label.zh || field.key;
    problems.push({
      message: {
        zh: fill(designerStrings.zh.formula.notComputed, { name }),
        en: fill(designerStrings.en.formula.notComputed, { name }),
      },
    });
  }
  const formula = parsed.formula;
  if (!formula) return { formula, problems };

  for (const p of checkFormula(formula, {
    fields,
    ...(row ? { row } : {}),
    ...(ctx.ranks ? { ranks: ctx.ranks } : {}),
  })) {
    const span = parsed.spanOf(p.path);
    // a name the parser already said is unknown would be said twice
    if (
      (p.code === 'unknown_field' || p.code === 'unknown_column' || p.code === 'not_a_table') &&
      problems.some((q) => overlaps(q.span, span))
    )
      continue;
    problems.push(span ? { message: p.message, span } : { message: p.message });
  }
  const before = cyclesWithoutTarget(fields, target);
  for (const m of cycles(withFormula(fields, target, formula)))
    if (!before.has(m.zh)) problems.push({ message: m });
  return { formula, problems };
}
