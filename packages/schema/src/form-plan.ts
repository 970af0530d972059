/**
 * What happens to a submission before ajv sees it: visibility rules drop hidden fields, formulas
 * fill computed fields, in dependency order. Built once per schema (or model) and then replayed.
 */
import type { ApplicantFacts, Condition } from './condition.js';
import { evaluateCondition } from './evaluate-condition.js';
import { compileFormula, type CompiledFormula } from './evaluate-formula.js';
import { walkFormula } from './check-formula.js';
import { stableStringify } from './stable-stringify.js';
import type { FormField } from './form-model.js';
import type { Formula } from './formula.js';
import type { JsonSchema } from './json-schema.js';

/** A field as far as the plan cares, whether it came from a model or a compiled schema. */
export interface PlanField {
  key: string;
  visibleWhen?: Condition;
  /** the formula with the field's rounding included */
  formula?: Formula;
  requiredWhenVisible?: boolean;
  columns?: PlanField[];
}

export type PlanStep =
  | {
      kind: 'visibility';
      key: string;
      visibleWhen: Condition;
      /** the same number for rules of the same content, so a group of fields under one rule evaluates it once */
      rule: number;
      readsApplicant: boolean;
      requiredWhenVisible: boolean;
      reads: string[];
    }
  | { kind: 'formula'; key: string; formula: Formula; run: CompiledFormula; reads: string[] }
  | { kind: 'column'; table: string; column: string; formula: Formula; run: CompiledFormula; columns: ReadonlySet<string>; reads: string[] };

export interface FormPlan {
  /** the steps that do something, in dependency order; empty for a form without rules or formulas */
  steps: PlanStep[];
  /** dependency cycles, each as the node ids around it (`total`, `items.amount`) */
  cycles: string[][];
}

export interface PlanContext {
  applicant?: ApplicantFacts;
  ranks?: string[];
}

export interface PlanOutcome {
  data: Record<string, unknown>;
  /** fields whose rule did not hold */
  hidden: Set<string>;
  /** fields with `requiredWhenVisible` whose rule held */
  requiredNow: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The formula the server evaluates: the designer's, rounded to the field's precision when it has one. */
export function effectiveFormula(field: Pick<FormField, 'formula' | 'precision'>): Formula | undefined {
  if (!field.formula) return undefined;
  const p = field.precision;
  if (typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= 10) return { op: 'round', value: field.formula, precision: p };
  return field.formula;
}

/** Whether a field must be filled while shown: the rule of `isRequiredField`, before visibility. */
export function requiredWhenShown(field: Pick<FormField, 'required' | 'hidden' | 'readOnly' | 'type'>): boolean {
  return field.required === true && !field.hidden && !field.readOnly && field.type !== 'serialNumber' && field.type !== 'computed';
}

const usable = (f: unknown): f is FormField => isObj(f) && typeof f.key === 'string';

export function planFieldsOfModel(fields: readonly FormField[]): PlanField[] {
  const conv = (f: FormField, top: boolean): PlanField => {
    const p: PlanField = { key: f.key };
    if (top && f.visibleWhen) p.visibleWhen = f.visibleWhen;
    if (f.type === 'computed') {
      const formula = effectiveFormula(f);
      if (formula) p.formula = formula;
    }
    if (top && f.visibleWhen && requiredWhenShown(f)) p.requiredWhenVisible = true;
    if (top && f.type === 'table' && Array.isArray(f.columns)) p.columns = f.columns.filter(usable).map((c) => conv(c, false));
    return p;
  };
  return fields.filter(usable).map((f) => conv(f, true));
}

export function planFieldsOfSchema(schema: JsonSchema): PlanField[] {
  const conv = (key: string, s: JsonSchema, top: boolean): PlanField => {
    const p: PlanField = { key };
    if (top && s['x-visibleWhen']) p.visibleWhen = s['x-visibleWhen'];
    if (s['x-formula']) p.formula = s['x-formula'];
    if (top && s['x-requiredWhenVisible'] === true) p.requiredWhenVisible = true;
    const row = top && s.type === 'array' ? s.items : undefined;
    if (row?.type === 'object' && row.properties) p.columns = Object.entries(row.properties).map(([k, c]) => conv(k, c, false));
    return p;
  };
  return Object.entries(schema.properties ?? {}).map(([k, s]) => conv(k, s, true));
}

function readsApplicant(c: unknown, depth = 0): boolean {
  if (!isObj(c) || depth > 64) return false;
  for (const side of [c.left, c.right, c.operand]) if (isObj(side) && 'applicant' in side) return true;
  if (Array.isArray(c.conditions) && (c.conditions as unknown[]).some((x) => readsApplicant(x, depth + 1))) return true;
  return readsApplicant(c.condition, depth + 1);
}

function conditionFields(c: unknown, out: string[], depth = 0): string[] {
  if (!isObj(c) || depth > 64) return out;
  for (const side of [c.left, c.right, c.operand]) if (isObj(side) && typeof side.field === 'string') out.push(side.field);
  if (Array.isArray(c.conditions)) for (const x of c.conditions as unknown[]) conditionFields(x, out, depth + 1);
  conditionFields(c.condition, out, depth + 1);
  return out;
}

/**
 * Orders the fields so that everything a rule or formula reads is settled before it. Nodes:
 * `key?` (the field's visibility), `key` (the field final: visible or dropped, computed, its table
 * rows complete) and `table.column` (a computed column over every row). Unknown references are
 * left to the model validator; cycles are reported and broken, so an order always exists.
 */
export function buildPlan(fields: readonly PlanField[]): FormPlan {
  const top = new Map(fields.map((f) => [f.key, f]));
  const deps = new Map<string, string[]>();
  const stepOf = new Map<string, PlanStep>();
  const rules = new Map<string, number>();
  const ruleOf = (c: Condition): number => {
    const text = stableStringify(c);
    let id = rules.get(text);
    if (id === undefined) {
      id = rules.size;
      rules.set(text, id);
    }
    return id;
  };

  const formulaDeps = (formula: Formula, table?: PlanField): string[] => {
    const out: string[] = [];
    const columns = new Map((table?.columns ?? []).map((c) => [c.key, c]));
    walkFormula(formula, (ref) => {
      if (ref.kind === 'field') {
        const col = table ? columns.get(ref.key) : undefined;
        if (table && col) out.push(col.formula ? `${table.key}.${ref.key}` : `${table.key}?`);
        else if (top.has(ref.key)) out.push(ref.key);
      } else if (top.has(ref.table)) out.push(ref.table);
    });
    return out;
  };

  for (const f of fields) {
    const visDeps = f.visibleWhen ? conditionFields(f.visibleWhen, []).filter((k) => top.has(k)) : [];
    deps.set(`${f.key}?`, visDeps);
    const finalDeps = [`${f.key}?`];
    if (f.formula) finalDeps.push(...formulaDeps(f.formula));
    for (const c of f.columns ?? []) {
      if (!c.formula) continue;
      const id = `${f.key}.${c.key}`;
      finalDeps.push(id);
      deps.set(id, [`${f.key}?`, ...formulaDeps(c.formula, f)]);
      const columns = new Set((f.columns ?? []).map((x) => x.key));
      stepOf.set(id, { kind: 'column', table: f.key, column: c.key, formula: c.formula, run: compileFormula(c.formula), columns, reads: topReads(c.formula, columns) });
    }
    deps.set(f.key, finalDeps);
    if (f.visibleWhen) {
      stepOf.set(`${f.key}?`, {
        kind: 'visibility',
        key: f.key,
        visibleWhen: f.visibleWhen,
        rule: ruleOf(f.visibleWhen),
        readsApplicant: readsApplicant(f.visibleWhen),
        requiredWhenVisible: f.requiredWhenVisible === true,
        reads: [...new Set(conditionFields(f.visibleWhen, []))],
      });
    }
    if (f.formula) stepOf.set(f.key, { kind: 'formula', key: f.key, formula: f.formula, run: compileFormula(f.formula), reads: topReads(f.formula, new Set()) });
  }

  const order: string[] = [];
  const state = new Map<string, 1 | 2>();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (id: string) => {
    const s = state.get(id);
    if (s === 2) return;
    if (s === 1) {
      cycles.push(cycleNames([...stack.slice(stack.indexOf(id)), id]));
      return;
    }
    state.set(id, 1);
    stack.push(id);
    for (const d of deps.get(id) ?? []) visit(d);
    stack.pop();
    state.set(id, 2);
    order.push(id);
  };
  for (const f of fields) visit(f.key);

  const steps: PlanStep[] = [];
  for (const id of order) {
    const step = stepOf.get(id);
    if (step) steps.push(step);
  }
  return { steps, cycles };
}

/** The form fields a formula reads (a table for `sum`), leaving out the row's own columns. */
function topReads(formula: Formula, columns: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  walkFormula(formula, (ref) => {
    if (ref.kind === 'column') out.add(ref.table);
    else if (!columns.has(ref.key)) out.add(ref.key);
  });
  return [...out];
}

/** Node ids as field keys, the visibility node named after its field, repeats merged: `total → sub → total`. */
function cycleNames(ids: string[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const name = id.endsWith('?') ? id.slice(0, -1) : id;
    if (out[out.length - 1] !== name) out.push(name);
  }
  // A field that reads itself: say so as a loop, `remark → remark`.
  return out.length === 1 ? [...out, ...out] : out;
}

export type Visibility = 'visible' | 'hidden' | 'unknown';

const DROP = Symbol('drop');

/**
 * Replays a plan over submitted data without touching it: hidden fields are dropped, computed
 * fields and columns recomputed (the submitted value ignored; a null result leaves the field out).
 * A rule that reads the applicant when no applicant is given is `unknown`: the field stays, optional.
 *
 * Each step reads only the few fields it names, and changes are kept aside; the data is copied
 * only when they differ from what was submitted. A client that computes with the same code (and
 * leaves hidden fields out) therefore costs no copy, and ajv checks the very object it sent.
 */
export function runPlan(plan: FormPlan, data: Record<string, unknown>, ctx: PlanContext = {}): PlanOutcome {
  const changes = new Map<string, unknown>();
  const hidden = new Set<string>();
  const requiredNow: string[] = [];
  const has = (k: string) => Object.prototype.hasOwnProperty.call(data, k);
  const get = (k: string): unknown => {
    if (changes.has(k)) {
      const v = changes.get(k);
      return v === DROP ? undefined : v;
    }
    return has(k) ? data[k] : undefined;
  };
  const view = (keys: readonly string[]): Record<string, unknown> => {
    const o: Record<string, unknown> = {};
    for (const k of keys) {
      const v = get(k);
      if (v !== undefined) o[k] = v;
    }
    return o;
  };
  const { applicant, ranks } = ctx;
  // A rule's answer holds until some field changes: rule id → [answer, number of changes when computed].
  const answers = new Map<number, [boolean, number]>();
  let version = 0;
  const holds = (step: Extract<PlanStep, { kind: 'visibility' }>): boolean => {
    const known = answers.get(step.rule);
    if (known && known[1] === version) return known[0];
    const answer = evaluateCondition(step.visibleWhen, { form: view(step.reads), applicant, ranks });
    answers.set(step.rule, [answer, version]);
    return answer;
  };
  for (const step of plan.steps) {
    if (step.kind === 'visibility') {
      const v: Visibility = step.readsApplicant && !applicant ? 'unknown' : holds(step) ? 'visible' : 'hidden';
      if (v === 'hidden') {
        changes.set(step.key, DROP);
        version++;
        hidden.add(step.key);
      } else if (v === 'visible' && step.requiredWhenVisible) {
        requiredNow.push(step.key);
      }
      continue;
    }
    if (step.kind === 'formula') {
      if (hidden.has(step.key)) continue;
      const value = step.run({ form: view(step.reads), applicant, ranks });
      changes.set(step.key, value === null ? DROP : value);
      version++;
      continue;
    }
    if (hidden.has(step.table)) continue;
    const rows = get(step.table);
    if (!Array.isArray(rows)) continue;
    const form = view(step.reads);
    let copied = changes.has(step.table);
    let list = rows as unknown[];
    list.forEach((row, i) => {
      if (!isObj(row)) return;
      const value = step.run({ form, row, columns: step.columns, applicant, ranks });
      const present = Object.prototype.hasOwnProperty.call(row, step.column);
      if (value === null ? !present : present && row[step.column] === value) return;
      if (!copied) {
        // Copy the rows once, on the first cell that differs; the caller's rows stay as sent.
        list = list.map((r) => (isObj(r) ? { ...r } : r));
        changes.set(step.table, list);
        copied = true;
      }
      version++;
      const target = list[i] as Record<string, unknown>;
      if (value === null) delete target[step.column];
      else target[step.column] = value;
    });
  }
  let dirty = false;
  for (const [k, v] of changes) {
    if (v === DROP ? has(k) : !has(k) || data[k] !== v) {
      dirty = true;
      break;
    }
  }
  if (!dirty) return { data, hidden, requiredNow };
  const out: Record<string, unknown> = { ...data };
  for (const [k, v] of changes) {
    if (v === DROP) delete out[k];
    else out[k] = v;
  }
  return { data: out, hidden, requiredNow };
}
