import type { Condition, ConditionContext } from './condition.js';
import { stableStringify } from './stable-stringify.js';

/** A resolved operand; `rank` marks the applicant's rank, which orders by the tenant's ranks, not by text. */
interface Resolved {
  value: unknown;
  rank: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

function resolve(operand: unknown, ctx: ConditionContext): Resolved {
  if (!isObj(operand)) return { value: undefined, rank: false };
  if (typeof operand.field === 'string') return { value: isObj(ctx.form) ? own(ctx.form, operand.field) : undefined, rank: false };
  if (typeof operand.applicant === 'string') {
    const applicant: unknown = ctx.applicant;
    const value = isObj(applicant) ? own(applicant, operand.applicant) : undefined;
    return { value, rank: operand.applicant === 'rank' };
  }
  if ('value' in operand) return { value: operand.value, rank: false };
  return { value: undefined, rank: false };
}

const isMissing = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'number' && Number.isNaN(v));

/** Blank in the sense a person means: nothing entered, an empty text, or an empty list. */
function isEmpty(v: unknown): boolean {
  if (isMissing(v)) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (isObj(v)) return Object.keys(v).length === 0;
  return false;
}

function rankIndex(v: unknown, ranks: readonly string[] | undefined): number | undefined {
  if (typeof v !== 'string' || !ranks) return undefined;
  const i = ranks.indexOf(v);
  return i < 0 ? undefined : i;
}

/**
 * Orders two values: numbers numerically, strings by code unit (right for ISO dates and HH:mm
 * times), ranks by position in the tenant's list. Undefined when they do not compare, which every
 * caller reads as "false" so that missing or mismatched data never satisfies a condition.
 */
function order(a: Resolved, b: unknown, ctx: ConditionContext, bRank = false): number | undefined {
  if (a.rank || bRank) {
    const x = rankIndex(a.value, ctx.ranks);
    const y = rankIndex(b, ctx.ranks);
    return x === undefined || y === undefined ? undefined : x - y;
  }
  const x = a.value;
  if (typeof x === 'number' && typeof b === 'number') return x < b ? -1 : x > b ? 1 : x === b ? 0 : undefined;
  if (typeof x === 'string' && typeof b === 'string') return x < b ? -1 : x > b ? 1 : 0;
  return undefined;
}

function equal(a: Resolved, b: unknown, ctx: ConditionContext, bRank = false): boolean {
  if (a.rank || bRank) return order(a, b, ctx, bRank) === 0;
  const x = a.value;
  if (typeof x === 'number' && typeof b === 'number') return x === b;
  if (typeof x !== typeof b) return false;
  if (typeof x !== 'object') return x === b;
  // Lists and objects: equal when they hold the same JSON, so ["a","b"] equals ["a","b"].
  return stableStringify(x) === stableStringify(b);
}

/** `in`: a list operand (positions, departments, a multi-select) matches when any of its entries is listed. */
function within(a: Resolved, values: unknown, ctx: ConditionContext): boolean {
  if (!Array.isArray(values)) return false;
  const entries = Array.isArray(a.value) ? (a.value as unknown[]) : [a.value];
  return entries.some((entry) => !isMissing(entry) && values.some((v) => equal({ value: entry, rank: a.rank }, v, ctx)));
}

function compare(op: string, left: Resolved, right: Resolved, ctx: ConditionContext): boolean {
  if (isMissing(left.value) || isMissing(right.value)) return false;
  if (op === 'eq') return equal(left, right.value, ctx, right.rank);
  if (op === 'ne') return !equal(left, right.value, ctx, right.rank);
  const c = order(left, right.value, ctx, right.rank);
  if (c === undefined) return false;
  switch (op) {
    case 'lt': return c < 0;
    case 'lte': return c <= 0;
    case 'gt': return c > 0;
    case 'gte': return c >= 0;
    default: return false;
  }
}

/**
 * Evaluates a condition against form data and applicant facts. Total by design: it runs in
 * route branches on the server and in the renderer on every keystroke, so malformed conditions,
 * missing fields and wrong types all evaluate to false (only `empty` is true on missing data)
 * rather than throw.
 */
export function evaluateCondition(cond: Condition, ctx: ConditionContext): boolean {
  return evaluate(cond, ctx, 0);
}

/** Conditions come from stored JSON; a cycle or absurd depth must not blow the stack. */
const MAX_DEPTH = 64;

function evaluate(raw: unknown, ctx: ConditionContext, depth: number): boolean {
  if (!isObj(raw) || depth > MAX_DEPTH) return false;
  const c = raw;
  switch (c.op) {
    case 'eq': case 'ne': case 'lt': case 'lte': case 'gt': case 'gte':
      return compare(c.op, resolve(c.left, ctx), resolve(c.right, ctx), ctx);
    case 'in':
    case 'notIn': {
      const left = resolve(c.left, ctx);
      if (isEmpty(left.value) || !Array.isArray(c.values)) return false;
      const hit = within(left, c.values, ctx);
      return c.op === 'in' ? hit : !hit;
    }
    case 'between': {
      const left = resolve(c.left, ctx);
      if (isMissing(left.value)) return false;
      const lo = order(left, c.min, ctx);
      const hi = order(left, c.max, ctx);
      return lo !== undefined && hi !== undefined && lo >= 0 && hi <= 0;
    }
    case 'empty':
      return isEmpty(resolve(c.operand, ctx).value);
    case 'notEmpty':
      return !isEmpty(resolve(c.operand, ctx).value);
    case 'and':
      return Array.isArray(c.conditions) && c.conditions.every((x: unknown) => evaluate(x, ctx, depth + 1));
    case 'or':
      return Array.isArray(c.conditions) && c.conditions.some((x: unknown) => evaluate(x, ctx, depth + 1));
    case 'not':
      return isObj(c.condition) && !evaluate(c.condition, ctx, depth + 1);
    default:
      return false;
  }
}
