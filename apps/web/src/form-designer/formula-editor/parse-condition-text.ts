import type { ApplicantAttribute, Condition, FormField, JsonValue, Operand } from '@signoff/schema';
import { resolveField, type NameScope } from './formula-names';
import type { Reader } from './formula-reader';
import type { Token } from './formula-tokens';

/**
 * The condition inside `if(…)`, written as a person would:
 * `[请假天数] >= 3 and ([假期类型] = "年休假" or applicant.rank >= "主管级")`, `[x] in ("a", "b")`,
 * `[x] not in (…)`, `[x] between 1 and 5`, `empty([x])`, `notEmpty([x])`, `not (…)`; `且`/`或`/`非`
 * and `&&`/`||`/`!` are the same joiners. `and(…)`/`or(…)` write a group of one or none.
 */
export function readCondition(r: Reader, scope: NameScope): Condition {
  return readJoined(r, scope, 'or');
}

function readJoined(r: Reader, scope: NameScope, joiner: 'and' | 'or'): Condition {
  const from = r.peek();
  const part = () => (joiner === 'or' ? readJoined(r, scope, 'and') : readNot(r, scope));
  const parts = [part()];
  while (r.word() === joiner) {
    r.next();
    parts.push(part());
  }
  return parts.length === 1
    ? (parts[0] as Condition)
    : r.mark({ op: joiner, conditions: parts }, from, r.last());
}

function readNot(r: Reader, scope: NameScope): Condition {
  const from = r.peek();
  if (r.word() === 'not') {
    r.next();
    return r.mark({ op: 'not', condition: readNot(r, scope) }, from, r.last());
  }
  return readAtom(r, scope);
}

function readAtom(r: Reader, scope: NameScope): Condition {
  const from = r.peek();
  if (r.isPunct('(')) {
    r.next();
    const inner = readCondition(r, scope);
    r.expect(')', from);
    return inner;
  }
  const word = r.word();
  if ((word === 'and' || word === 'or') && r.isPunct('(', r.peek(1))) {
    r.next();
    const open = r.next();
    const conditions: Condition[] = [];
    while (!r.isPunct(')')) {
      conditions.push(readCondition(r, scope));
      if (!r.isPunct(',')) break;
      r.next();
    }
    r.expect(')', open);
    return r.mark({ op: word, conditions }, from, r.last());
  }
  if ((word === 'empty' || word === 'notempty') && r.isPunct('(', r.peek(1))) {
    r.next();
    const open = r.next();
    const operand = readOperand(r, scope);
    r.expect(')', open);
    return r.mark({ op: word === 'empty' ? 'empty' : 'notEmpty', operand }, from, r.last());
  }
  return readComparison(r, scope, from);
}

const COMPARISONS: Record<string, 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'> = {
  '=': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
};

function readComparison(r: Reader, scope: NameScope, from: Token): Condition {
  const left = readOperand(r, scope);
  const t = r.peek();
  const cmp = t.type === 'punct' ? COMPARISONS[t.text] : undefined;
  if (cmp) {
    r.next();
    const right = readOperand(r, scope);
    const [l, rt] = [optionSide(r, left, right, scope), optionSide(r, right, left, scope)];
    return r.mark({ op: cmp, left: l, right: rt }, from, r.last());
  }
  const word = r.word();
  if (word === 'in' || (word === 'not' && r.word(r.peek(1)) === 'in')) {
    r.next();
    if (word === 'not') r.next();
    const open = r.expect('(');
    const values: JsonValue[] = [];
    while (!r.isPunct(')')) {
      values.push(optionValue(left, readLiteral(r), scope));
      if (!r.isPunct(',')) break;
      r.next();
    }
    r.expect(')', open);
    return r.mark({ op: word === 'in' ? 'in' : 'notIn', left, values }, from, r.last());
  }
  if (word === 'between') {
    r.next();
    const min = readLiteral(r);
    if (r.word() !== 'and') r.unexpected();
    r.next();
    const max = readLiteral(r);
    return r.mark({ op: 'between', left, min, max }, from, r.last());
  }
  return r.fail('needCondition', { start: from.start, end: r.last().end });
}

const APPLICANT: readonly ApplicantAttribute[] = ['rank', 'department', 'departments', 'positions'];

/** A field (by `[name]` or a bare name), `applicant.rank` and its kin, or a literal. */
export function readOperand(r: Reader, scope: NameScope): Operand {
  const t = r.peek();
  if (t.type === 'ident' && /^applicant\./i.test(t.text)) {
    r.next();
    const name = t.text.slice('applicant.'.length);
    const attr = APPLICANT.find((a) => a.toLowerCase() === name.toLowerCase());
    if (!attr) r.report('unknownApplicant', t, { name });
    return r.mark({ applicant: attr ?? (name as ApplicantAttribute) }, t);
  }
  if (t.type === 'ref' || (t.type === 'ident' && r.word(t) === undefined)) {
    r.next();
    return r.mark({ field: fieldKey(r, scope, t) }, t);
  }
  return r.mark({ value: readLiteral(r) }, t, r.last());
}

/** The key a written name stands for; an unknown or shared name is reported and kept as written. */
export function fieldKey(r: Reader, scope: NameScope, t: Token): string {
  const found = resolveField(t.text, scope);
  if (found.ok) return found.key;
  if (found.ambiguous.length > 0)
    r.report('ambiguousField', t, { name: t.text, keys: found.ambiguous.map((k) => `[${k}]`).join(' ') });
  else r.report('unknownField', t, { name: t.text });
  return t.text;
}

/** A number (with its sign), a quoted text, true, false or null. */
export function readLiteral(r: Reader): JsonValue {
  const t = r.peek();
  if (r.isPunct('-') && r.peek(1).type === 'num') {
    r.next();
    return -(r.next().value as number);
  }
  if (t.type === 'num' || t.type === 'str') return r.next().value as JsonValue;
  const word = r.word(t);
  if (word === 'true' || word === 'false' || word === 'null') {
    r.next();
    return word === 'null' ? null : word === 'true';
  }
  if (t.type === 'end') r.unexpected(t);
  return r.fail('needValue', t);
}

const CHOICE = new Set(['select', 'radio', 'multiSelect', 'checkbox']);

function choiceField(operand: Operand, scope: NameScope): FormField | undefined {
  if (!('field' in operand)) return undefined;
  const f =
    scope.row?.find((c) => c.key === operand.field) ?? scope.fields.find((c) => c.key === operand.field);
  return f && CHOICE.has(f.type) ? f : undefined;
}

/**
 * An option written by its label ("年休假") as the option's value ("annual"), when it is not already a
 * value and exactly one option carries that label; the printer writes labels under the same rule.
 */
export function optionValue(against: Operand, v: JsonValue, scope: NameScope): JsonValue {
  const f = choiceField(against, scope);
  if (!f || typeof v !== 'string') return v;
  const options = f.options ?? [];
  if (options.some((o) => o.value === v)) return v;
  for (const lang of [scope.lang, scope.lang === 'zh' ? 'en' : 'zh'] as const) {
    const hits = options.filter((o) => o.label[lang] === v);
    if (hits.length === 1 && hits[0]) return hits[0].value;
  }
  return v;
}

function optionSide(r: Reader, side: Operand, other: Operand, scope: NameScope): Operand {
  if (!('value' in side)) return side;
  const value = optionValue(other, side.value, scope);
  const span = r.spans.get(side);
  if (value === side.value) return side;
  return span ? r.mark({ value }, span) : { value };
}
