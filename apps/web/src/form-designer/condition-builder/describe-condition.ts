import type { Condition, FormField, Locale } from '@signoff/schema';
import { designerStrings, fill } from '../designer.i18n';
import { asRef, fieldOf, operandKind, operandName, type OperandRef } from './operand-kind';
import { isLeafOp, operatorLabel } from './operators';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Stored conditions are JSON; the same depth limit as the checker keeps a hostile one from blowing the stack. */
const MAX_DEPTH = 64;

/**
 * The visibility rule in words, in the designer's language: "当 请假天数 ≥ 3 且 假期类型 = 年休假 时显示"
 * / "Shown when Leave days ≥ 3 and Leave type = Annual leave". Options read as their labels and
 * fields as their labels, so the sentence is what an information officer would say. Total: a
 * malformed condition reads as "an unrecognised condition" rather than throwing.
 */
export function describeCondition(
  cond: Condition | undefined,
  fields: readonly FormField[],
  lang: Locale,
): string {
  const w = designerStrings[lang].words;
  return cond === undefined ? w.always : fill(w.shownWhen, { rule: describeRule(cond, fields, lang) });
}

/** The rule alone, without "shown when", for places that phrase it themselves (route branches). */
export function describeRule(cond: Condition, fields: readonly FormField[], lang: Locale): string {
  return describe(cond, fields, lang, 0);
}

function describe(raw: unknown, fields: readonly FormField[], lang: Locale, depth: number): string {
  const w = designerStrings[lang].words;
  if (!isObj(raw) || depth > MAX_DEPTH) return w.unknown;
  const op = raw.op;
  if (op === 'and' || op === 'or') {
    const parts = Array.isArray(raw.conditions) ? (raw.conditions as unknown[]) : [];
    if (parts.length === 0) return w.unknown;
    const texts = parts.map((c) => {
      const text = describe(c, fields, lang, depth + 1);
      return isGroup(c) ? fill(w.group, { rule: text }) : text;
    });
    return texts.join(op === 'and' ? w.and : w.or);
  }
  if (op === 'not') return fill(w.not, { rule: describe(raw.condition, fields, lang, depth + 1) });
  if (!isLeafOp(op)) return w.unknown;

  if (op === 'empty' || op === 'notEmpty')
    return fill(w[op], { left: operand(raw.operand, undefined, fields, lang) });
  const leftRef = asRef(raw.left);
  const kind = leftRef ? operandKind(leftRef, fields) : 'none';
  const left = operand(raw.left, undefined, fields, lang);
  if (op === 'in' || op === 'notIn') {
    const values = Array.isArray(raw.values) ? (raw.values as unknown[]) : [];
    const list = values.map((v) => literal(v, leftRef, fields, lang)).join(w.listSep);
    const many = kind === 'options' || kind === 'names';
    const key = op === 'in' ? (many ? 'contains' : 'in') : many ? 'notContains' : 'notIn';
    return fill(w[key], { left, values: list });
  }
  if (op === 'between') {
    return fill(w.between, {
      left,
      min: literal(raw.min, leftRef, fields, lang),
      max: literal(raw.max, leftRef, fields, lang),
    });
  }
  const rightRef = asRef(raw.right);
  return fill(w.compare, {
    left: operand(raw.left, rightRef, fields, lang),
    op: operatorLabel(op, kind, lang),
    right: operand(raw.right, leftRef, fields, lang),
  });
}

const isGroup = (c: unknown): boolean =>
  isObj(c) && (c.op === 'and' || c.op === 'or') && Array.isArray(c.conditions) && c.conditions.length > 1;

/** An operand in words; a literal is read against `other`, the side it is compared with. */
function operand(
  raw: unknown,
  other: OperandRef | undefined,
  fields: readonly FormField[],
  lang: Locale,
): string {
  const ref = asRef(raw);
  if (ref) return operandName(ref, fields, lang);
  if (isObj(raw) && 'value' in raw) return literal(raw.value, other, fields, lang);
  return designerStrings[lang].words.unknown;
}

function literal(
  v: unknown,
  other: OperandRef | undefined,
  fields: readonly FormField[],
  lang: Locale,
): string {
  const w = designerStrings[lang].words;
  const field = other ? fieldOf(other, fields) : undefined;
  if (typeof v === 'string') {
    const option = field?.options?.find((o) => o.value === v);
    if (option) return option.label[lang] || option.label.zh || v;
    const kind = other ? operandKind(other, fields) : 'text';
    return kind === 'text' || kind === 'none' ? fill(w.text, { text: v }) : v;
  }
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? w.yes : w.no;
  try {
    return JSON.stringify(v) ?? w.unknown;
  } catch {
    return w.unknown;
  }
}
