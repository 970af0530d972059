import type { Formula } from '@signoff/schema';
import { resolveColumn, type NameScope } from './formula-names';
import { Reader, SyntaxFail, type TextProblem } from './formula-reader';
import { tokenize, TokenError, type Span, type Token } from './formula-tokens';
import { fieldKey, readCondition, readLiteral } from './parse-condition-text';

export type { TextProblem } from './formula-reader';

export interface ParsedFormula {
  /** undefined for a blank text or one that cannot be read at all */
  formula: Formula | undefined;
  /** what is wrong in the text, each at its place; the formula may still be there (an unknown field) */
  problems: TextProblem[];
  /** the text a checker path (`left.right`, `condition.conditions[0].left`) was read from */
  spanOf: (path: string) => Span | undefined;
}

/**
 * Reads formula text into the schema's `Formula`: `[数量] × [单价] + 10`, `SUM([费用明细.金额])`,
 * `daysBetween([开始日期], [结束日期])` or `daysBetween([请假期间])` (with `, true` to count both ends),
 * `if([请假天数] > 3, 1, 0)`, `round(x, 2)`, `ifEmpty([金额], 0)`. × ÷ and * / both work; `×` and `÷`
 * bind tighter than + and −, left to right. Names follow formula-names.ts. Pure; never throws.
 */
export function parseFormula(text: string, scope: NameScope): ParsedFormula {
  const none = (problems: TextProblem[]): ParsedFormula => ({
    formula: undefined,
    problems,
    spanOf: () => undefined,
  });
  if (text.trim() === '') return none([]);
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch (e) {
    if (!(e instanceof TokenError)) throw e;
    const r = new Reader([]);
    r.report(e.code, e.span, { text: e.text.charAt(0) });
    return none(r.problems);
  }
  const r = new Reader(tokens);
  try {
    const formula = readExpr(r, scope);
    if (r.peek().type !== 'end') r.unexpected();
    return { formula, problems: r.problems, spanOf: (path) => spanAt(formula, path, r.spans) };
  } catch (e) {
    if (!(e instanceof SyntaxFail)) throw e;
    return none([...r.problems, e.problem]);
  }
}

function readExpr(r: Reader, scope: NameScope): Formula {
  const from = r.peek();
  let left = readTerm(r, scope);
  while (r.isPunct('+') || r.isPunct('-')) {
    const op = r.next().text === '+' ? 'add' : 'sub';
    left = r.mark({ op, left, right: readTerm(r, scope) }, from, r.last());
  }
  return left;
}

function readTerm(r: Reader, scope: NameScope): Formula {
  const from = r.peek();
  let left = readUnary(r, scope);
  while (r.isPunct('*') || r.isPunct('/')) {
    const op = r.next().text === '*' ? 'mul' : 'div';
    left = r.mark({ op, left, right: readUnary(r, scope) }, from, r.last());
  }
  return left;
}

/** A minus before a number makes a negative number (so `-3` prints and reads back as itself); before anything else, 0 − it. */
function readUnary(r: Reader, scope: NameScope): Formula {
  if (!r.isPunct('-')) return readPrimary(r, scope);
  const from = r.next();
  const operand = readUnary(r, scope);
  if ('value' in operand && typeof operand.value === 'number')
    return r.mark({ value: -operand.value }, from, r.last());
  return r.mark({ op: 'sub', left: r.mark({ value: 0 }, from), right: operand }, from, r.last());
}

function readPrimary(r: Reader, scope: NameScope): Formula {
  const t = r.peek();
  if (t.type === 'num' || t.type === 'str') {
    r.next();
    return r.mark({ value: t.value as number | string }, t);
  }
  if (r.isPunct('(')) {
    r.next();
    const inner = readExpr(r, scope);
    r.expect(')', t);
    return inner;
  }
  if (t.type === 'ident' && /^applicant\./i.test(t.text)) return r.fail('needNumber', t);
  const word = r.word(t);
  if (t.type === 'ident' && r.isPunct('(', r.peek(1))) {
    if (word === undefined) return r.fail('unknownFunction', t, { name: t.text });
    return readCall(r, scope, word, t);
  }
  if (t.type === 'ref' || (t.type === 'ident' && word === undefined)) {
    r.next();
    return r.mark({ field: fieldKey(r, scope, t) }, t);
  }
  if (word === 'true' || word === 'false') return r.fail('needNumber', t);
  return r.unexpected(t);
}

const NAMES: Record<string, string> = {
  sum: 'SUM',
  daysbetween: 'daysBetween',
  if: 'if',
  round: 'round',
  ifempty: 'ifEmpty',
};
const ARITY: Record<string, string> = { sum: '1', daysbetween: '2', if: '3', round: '2', ifempty: '2' };

function readCall(r: Reader, scope: NameScope, word: string, name: Token): Formula {
  r.next();
  const open = r.next();
  const label = NAMES[word];
  if (!label) return r.fail('unknownFunction', name, { name: name.text });
  /** the comma between arguments; a `)` in its place means too few */
  const comma = (): void => {
    if (r.isPunct(')'))
      r.fail('arity', { start: name.start, end: r.peek().end }, { name: label, n: ARITY[word] ?? '' });
    r.expect(',', open);
  };
  const close = <T extends Formula>(node: T): T => {
    r.expect(')', open);
    return r.mark(node, name, r.last());
  };
  const fieldArg = (): Token => {
    const t = r.peek();
    if (t.type !== 'ref' && !(t.type === 'ident' && r.word(t) === undefined))
      r.fail('needField', t, { name: label });
    return r.next();
  };
  const numberArg = (): number => {
    const t = r.peek();
    const v = readLiteral(r);
    if (typeof v !== 'number') r.fail('needNumber', t);
    return v;
  };

  switch (word) {
    case 'sum': {
      const t = fieldArg();
      const found = resolveColumn(t.text, scope);
      if (!found) r.report('unknownColumn', t, { name: t.text });
      const dot = t.text.indexOf('.');
      const [table, column] = found
        ? [found.table, found.column]
        : dot < 0
          ? [t.text, '']
          : [t.text.slice(0, dot), t.text.slice(dot + 1)];
      return close({ op: 'sum', table, column });
    }
    case 'ifempty': {
      const t = fieldArg();
      const key = fieldKey(r, scope, t);
      comma();
      return close({ field: key, ifEmpty: numberArg() });
    }
    case 'round': {
      const value = readExpr(r, scope);
      // round(x) rounds to a whole number, as a spreadsheet would
      if (r.isPunct(')')) return close({ op: 'round', value, precision: 0 });
      comma();
      return close({ op: 'round', value, precision: numberArg() });
    }
    case 'if': {
      const condition = readCondition(r, scope);
      comma();
      const then = readExpr(r, scope);
      comma();
      return close({ op: 'if', condition, then, else: readExpr(r, scope) });
    }
    default:
      return readDaysBetween(r, scope, comma, close);
  }
}

function readDaysBetween(
  r: Reader,
  scope: NameScope,
  comma: () => void,
  close: <T extends Formula>(node: T) => T,
): Formula {
  const flag = (): boolean | undefined => {
    const w = r.word();
    if (w !== 'true' && w !== 'false') return undefined;
    r.next();
    return w === 'true';
  };
  const first = readExpr(r, scope);
  const fromField = 'field' in first && first.ifEmpty === undefined ? first : undefined;
  // one field, maybe with a flag: the days of a date-range field
  if (
    fromField &&
    (r.isPunct(')') || (r.isPunct(',') && ['true', 'false'].includes(r.word(r.peek(1)) ?? '')))
  ) {
    const range = r.spans.get(fromField)
      ? r.mark({ field: fromField.field }, r.spans.get(fromField) as Span)
      : { field: fromField.field };
    if (r.isPunct(')')) return close({ op: 'daysBetween', range });
    r.next();
    return close({ op: 'daysBetween', range, inclusive: flag() as boolean });
  }
  comma();
  const to = readExpr(r, scope);
  if (!r.isPunct(',')) return close({ op: 'daysBetween', from: first, to });
  r.next();
  const inclusive = flag();
  if (inclusive === undefined) return r.unexpected();
  return close({ op: 'daysBetween', from: first, to, inclusive });
}

/** Follows a checker path into the formula and gives the span of the deepest node on the way that has one. */
function spanAt(formula: Formula, path: string, spans: WeakMap<object, Span>): Span | undefined {
  let node: unknown = formula;
  let best = spans.get(formula);
  for (const seg of path.split(/\.|(?=\[)/).filter(Boolean)) {
    const index = /^\[(\d+)\]$/.exec(seg);
    if (typeof node !== 'object' || node === null) break;
    node = index ? (node as unknown[])[Number(index[1])] : (node as Record<string, unknown>)[seg];
    if (typeof node === 'object' && node !== null) best = spans.get(node) ?? best;
  }
  return best;
}
