import type { ApplicantFacts, Condition } from './condition.js';
import { evaluateCondition } from './evaluate-condition.js';
import { roundHalfAway, tidy } from './decimal.js';
import type { Formula } from './formula.js';
import { MAX_FORMULA_DEPTH } from './check-formula.js';

export interface FormulaContext {
  /** the form's data */
  form: Record<string, unknown>;
  /** the current row, when the formula belongs to a table column */
  row?: Record<string, unknown>;
  /** the row's column keys: a reference to one of them reads the row, anything else reads the form (default: the row's own keys) */
  columns?: ReadonlySet<string>;
  applicant?: ApplicantFacts;
  ranks?: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date, or null when it is not a real day (2026-02-30). Pure: no clock, no time zone. */
export function dayNumber(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const m = DATE.exec(v);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / DAY_MS;
}

function read(ctx: FormulaContext, key: string): unknown {
  const row = ctx.row;
  if (row && isObj(row)) {
    const inRow = ctx.columns ? ctx.columns.has(key) : Object.prototype.hasOwnProperty.call(row, key);
    if (inRow) return own(row, key);
  }
  return isObj(ctx.form) ? own(ctx.form, key) : undefined;
}

function days(from: number | null, to: number | null, inclusive: boolean): number | null {
  if (from === null || to === null || !Number.isFinite(to - from)) return null;
  const diff = to - from;
  if (!inclusive) return diff;
  return diff >= 0 ? diff + 1 : diff - 1;
}

/** A formula turned into a function of its context: built once, run per submission and per row. */
export type CompiledFormula = (ctx: FormulaContext) => number | null;

const finite = (r: number): number | null => (Number.isFinite(r) ? tidy(r) : null);

/**
 * Evaluates a formula. Total: a missing or non-numeric field, an unknown operation, division by zero
 * or an overflow all give null rather than throw, and null spreads through arithmetic (an empty
 * field that should count as 0 says so with `ifEmpty`). Results carry 15 significant digits, so
 * 0.1 + 0.2 is 0.3.
 */
export function evaluateFormula(formula: Formula, ctx: FormulaContext): number | null {
  return compileFormula(formula)(ctx);
}

/**
 * The same as `evaluateFormula`, split in two: the formula is read once into closures, which the
 * server then runs for every submission and every table row. Never throws, at either stage; the
 * formula is treated as immutable from here on.
 */
export function compileFormula(formula: Formula): CompiledFormula {
  return compileFormulaWith(formula, CONTEXT_ACCESS);
}

/**
 * How compiled code reaches its data, decided once when compiling. The public form reads a
 * `FormulaContext`; the server's plan runner (plan-runner.ts) resolves each reference to a slot or
 * a row column up front, so a run per row does no lookups of its own.
 */
export interface FormulaAccess<C> {
  /** the raw value of a `{ field }` reference */
  field(key: string): (ctx: C) => unknown;
  /** the rows of the table a `sum` reads */
  table(key: string): (ctx: C) => unknown;
  /** the answer of an `if` condition */
  condition(condition: Condition): (ctx: C) => boolean;
}

const CONTEXT_ACCESS: FormulaAccess<FormulaContext> = {
  field: (key) => (ctx) => read(ctx, key),
  table: (key) => (ctx) => (isObj(ctx.form) ? own(ctx.form, key) : undefined),
  condition: (condition) => (ctx) => {
    const form = ctx.row && isObj(ctx.row) ? rowView(ctx) : ctx.form;
    return evaluateCondition(condition, { form, applicant: ctx.applicant, ranks: ctx.ranks });
  },
};

/** `compileFormula` over another way of reading the data; same numbers, same nulls. Internal. */
export function compileFormulaWith<C>(formula: Formula, access: FormulaAccess<C>): (ctx: C) => number | null {
  const run = compile(formula, 0, false, access);
  return (ctx) => {
    const r = run(ctx);
    return typeof r === 'number' && Number.isFinite(r) ? r : null;
  };
}

type Run<C> = (ctx: C) => number | null;
const nothing = (): null => null;

/** Numbers; in date positions (`wantDate`), day numbers of ISO dates. */
function compile<C>(raw: unknown, depth: number, wantDate: boolean, access: FormulaAccess<C>): Run<C> {
  if (!isObj(raw) || depth > MAX_FORMULA_DEPTH) return nothing;
  if (!('op' in raw)) {
    if (typeof raw.field === 'string') {
      const get = access.field(raw.field);
      if (wantDate) return (ctx) => dayNumber(get(ctx));
      const fallback = num(raw.ifEmpty);
      return (ctx) => num(get(ctx)) ?? fallback;
    }
    if ('value' in raw) {
      const v = wantDate ? dayNumber(raw.value) : num(raw.value);
      return () => v;
    }
    return nothing;
  }
  switch (raw.op) {
    case 'add':
    case 'sub':
    case 'mul':
    case 'div': {
      const a = compile(raw.left, depth + 1, false, access);
      const b = compile(raw.right, depth + 1, false, access);
      const op = raw.op;
      return (ctx) => {
        const x = a(ctx);
        const y = b(ctx);
        if (x === null || y === null) return null;
        if (op === 'add') return finite(x + y);
        if (op === 'sub') return finite(x - y);
        if (op === 'mul') return finite(x * y);
        return y === 0 ? null : finite(x / y);
      };
    }
    case 'round': {
      const value = compile(raw.value, depth + 1, false, access);
      const p = raw.precision;
      if (!(typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= 10)) return nothing;
      return (ctx) => {
        const v = value(ctx);
        return v === null ? null : roundHalfAway(v, p);
      };
    }
    case 'sum': {
      const { table, column } = raw;
      if (typeof table !== 'string' || typeof column !== 'string') return nothing;
      const rowsOf = access.table(table);
      return (ctx) => {
        const rows = rowsOf(ctx);
        if (!Array.isArray(rows)) return 0;
        let total = 0;
        for (const row of rows as unknown[]) {
          const cell = isObj(row) ? num(own(row, column)) : null;
          if (cell !== null) total += cell;
        }
        return Number.isFinite(total) ? tidy(total) : null;
      };
    }
    case 'daysBetween': {
      const inclusive = raw.inclusive === true;
      if ('range' in raw) {
        const r = raw.range;
        if (!isObj(r) || typeof r.field !== 'string') return nothing;
        const get = access.field(r.field);
        return (ctx) => {
          const value = get(ctx);
          if (!Array.isArray(value) || value.length !== 2) return null;
          return days(dayNumber(value[0]), dayNumber(value[1]), inclusive);
        };
      }
      const from = compile(raw.from, depth + 1, true, access);
      const to = compile(raw.to, depth + 1, true, access);
      return (ctx) => days(from(ctx), to(ctx), inclusive);
    }
    case 'if': {
      const holds = access.condition(raw.condition as Condition);
      const then = compile(raw.then, depth + 1, wantDate, access);
      const otherwise = compile(raw.else, depth + 1, wantDate, access);
      return (ctx) => (holds(ctx) ? then(ctx) : otherwise(ctx));
    }
    default:
      return nothing;
  }
}

/** What a condition inside a column's formula sees: the form, with the row's columns on top. */
function rowView(ctx: FormulaContext): Record<string, unknown> {
  const view: Record<string, unknown> = isObj(ctx.form) ? { ...ctx.form } : {};
  const row = ctx.row ?? {};
  const keys = ctx.columns ? [...ctx.columns] : Object.keys(row);
  for (const k of keys) view[k] = own(row, k);
  return view;
}
