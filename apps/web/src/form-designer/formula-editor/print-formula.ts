import type { Condition, Formula, FormField, JsonValue } from '@signoff/schema';
import { fieldByKey, nameOfColumn, nameOfField, type NameScope } from './formula-names';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Stored formulas are JSON; the same depth limit as the checker keeps a hostile one from blowing the stack. */
const MAX_DEPTH = 64;

const PRECEDENCE: Record<string, number> = { add: 1, sub: 1, mul: 2, div: 2 };
const SYMBOL: Record<string, string> = { add: '+', sub: '-', mul: '×', div: '÷' };

/**
 * A formula as the text the editor shows, the inverse of `parseFormula`: fields by label where the
 * label reads back as the same field, options by label likewise, and only the parentheses that
 * the structure needs (`a - (b - c)`, never `(a × b) + c`). Never throws; a part it cannot write
 * comes out as text the parser will point at.
 */
export function printFormula(formula: Formula, scope: NameScope): string {
  return print(formula, scope, 0);
}

function print(raw: unknown, scope: NameScope, depth: number): string {
  if (!isObj(raw) || depth > MAX_DEPTH) return '?';
  const next = (x: unknown) => print(x, scope, depth + 1);
  if (!('op' in raw)) {
    if (typeof raw.field === 'string') {
      const ref = `[${nameOfField(raw.field, scope)}]`;
      return typeof raw.ifEmpty === 'number' ? `ifEmpty(${ref}, ${num(raw.ifEmpty)})` : ref;
    }
    return 'value' in raw ? literal(raw.value as JsonValue) : '?';
  }
  const op = raw.op;
  switch (op) {
    case 'add':
    case 'sub':
    case 'mul':
    case 'div': {
      const p = PRECEDENCE[op] ?? 0;
      const left = next(raw.left);
      const right = next(raw.right);
      return `${precedenceOf(raw.left) < p ? `(${left})` : left} ${SYMBOL[op]} ${precedenceOf(raw.right) <= p ? `(${right})` : right}`;
    }
    case 'sum':
      return `SUM([${nameOfColumn(String(raw.table), String(raw.column), scope)}])`;
    case 'daysBetween': {
      const flag = typeof raw.inclusive === 'boolean' ? `, ${String(raw.inclusive)}` : '';
      if (isObj(raw.range)) return `daysBetween(${next(raw.range)}${flag})`;
      return `daysBetween(${next(raw.from)}, ${next(raw.to)}${flag})`;
    }
    case 'if':
      return `if(${condition(raw.condition, scope, depth + 1)}, ${next(raw.then)}, ${next(raw.else)})`;
    case 'round':
      return `round(${next(raw.value)}, ${typeof raw.precision === 'number' ? num(raw.precision) : '?'})`;
    default:
      return '?';
  }
}

/** Arithmetic binds by precedence; everything else (values, fields, calls) is an atom. */
const precedenceOf = (node: unknown): number =>
  isObj(node) && typeof node.op === 'string' ? (PRECEDENCE[node.op] ?? 3) : 3;

const num = (n: number): string => String(n);

function literal(v: JsonValue | undefined): string {
  if (typeof v === 'number') return Number.isFinite(v) ? num(v) : '?';
  if (typeof v === 'string' || typeof v === 'boolean' || v === null) return JSON.stringify(v);
  return '?';
}

const CMP: Record<string, string> = { eq: '=', ne: '≠', lt: '<', lte: '≤', gt: '>', gte: '≥' };
const CHOICE = new Set(['select', 'radio', 'multiSelect', 'checkbox']);

function condition(raw: unknown, scope: NameScope, depth: number): string {
  if (!isObj(raw) || depth > MAX_DEPTH) return '?';
  const c = raw as Condition;
  const sub = (x: unknown) => condition(x, scope, depth + 1);
  switch (c.op) {
    case 'and':
    case 'or': {
      const parts = Array.isArray(c.conditions) ? c.conditions : [];
      // a group of one or none has no infix form; the call form keeps it a group
      if (parts.length < 2) return `${c.op}(${parts.map(sub).join(', ')})`;
      return parts.map((p) => (isInfixGroup(p) ? `(${sub(p)})` : sub(p))).join(` ${c.op} `);
    }
    case 'not':
      return `not (${sub(c.condition)})`;
    case 'empty':
    case 'notEmpty':
      return `${c.op}(${operand(c.operand, undefined, scope)})`;
    case 'in':
    case 'notIn': {
      const values = Array.isArray(c.values) ? c.values : [];
      const field = choiceField(c.left, scope);
      return `${operand(c.left, undefined, scope)} ${c.op === 'in' ? 'in' : 'not in'} (${values.map((v) => optionText(v, field, scope)).join(', ')})`;
    }
    case 'between':
      return `${operand(c.left, undefined, scope)} between ${literal(c.min)} and ${literal(c.max)}`;
    case 'eq':
    case 'ne':
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return `${operand(c.left, c.right, scope)} ${CMP[c.op]} ${operand(c.right, c.left, scope)}`;
    default:
      return '?';
  }
}

const isInfixGroup = (c: unknown): boolean =>
  isObj(c) && (c.op === 'and' || c.op === 'or') && Array.isArray(c.conditions) && c.conditions.length > 1;

function operand(raw: unknown, other: unknown, scope: NameScope): string {
  if (!isObj(raw)) return '?';
  if (typeof raw.field === 'string') return `[${nameOfField(raw.field, scope)}]`;
  if (typeof raw.applicant === 'string') return `applicant.${raw.applicant}`;
  if ('value' in raw) return optionText(raw.value as JsonValue, choiceField(other, scope), scope);
  return '?';
}

function choiceField(raw: unknown, scope: NameScope): FormField | undefined {
  if (!isObj(raw) || typeof raw.field !== 'string') return undefined;
  const f = fieldByKey(raw.field, scope);
  return f && CHOICE.has(f.type) ? f : undefined;
}

/** An option's value as its label, when the label reads back as that value (see `optionValue` in the parser). */
function optionText(v: JsonValue | undefined, field: FormField | undefined, scope: NameScope): string {
  const options = field?.options ?? [];
  const option = typeof v === 'string' ? options.find((o) => o.value === v) : undefined;
  if (option) {
    for (const lang of [scope.lang, scope.lang === 'zh' ? 'en' : 'zh'] as const) {
      const label = option.label[lang];
      if (options.some((o) => o.value === label)) continue;
      const same = options.filter((o) => o.label[lang] === label);
      // the parser tries the current language first: a label that is unique there reads back right
      const readsBack =
        same.length === 1 &&
        (lang === scope.lang || options.filter((o) => o.label[scope.lang] === label).length === 0);
      if (readsBack) return JSON.stringify(label);
    }
  }
  return literal(v);
}
