import {
  checkCondition,
  type Condition,
  type FormField,
  type JsonValue,
  type Operand,
} from '@signoff/schema';
import type { ImportReason } from './import-bpmn-types.js';
import { parseJuel, type JuelCompareOp, type JuelExpr, type JuelOperand } from './juel-expression.js';

export type JuelConditionRead = { ok: true; condition: Condition } | { ok: false; reason: ImportReason };

const FLIP: Record<JuelCompareOp, JuelCompareOp> = {
  eq: 'eq',
  ne: 'ne',
  lt: 'gt',
  lte: 'gte',
  gt: 'lt',
  gte: 'lte',
};

/** Thrown inside the conversion only, and caught by juelCondition, which answers with it. */
class Unplaced extends Error {
  constructor(readonly reason: ImportReason) {
    super(reason.en);
  }
}

/** A JUEL variable as the form's field: by key, then by label (zh, en), then by key ignoring case. */
export function fieldNamed(name: string, fields: readonly FormField[]): FormField | undefined {
  const lower = name.toLowerCase();
  return (
    fields.find((f) => f.key === name) ??
    fields.find((f) => f.label.zh === name || f.label.en === name) ??
    fields.find((f) => f.key.toLowerCase() === lower || f.label.en.toLowerCase() === lower)
  );
}

function fieldOf(op: JuelOperand, fields: readonly FormField[]): FormField | undefined {
  if (!('name' in op)) return undefined;
  const field = fieldNamed(op.name, fields);
  if (!field)
    throw new Unplaced({
      code: 'unknownField',
      zh: `表单中没有名为「${op.name}」的字段`,
      en: `the form has no field named "${op.name}"`,
    });
  return field;
}

/** A literal compared with a choice field may be written as the option's label; the condition needs its value. */
function literalFor(value: JsonValue, field: FormField | undefined): JsonValue {
  if (typeof value !== 'string' || !field?.options) return value;
  const option =
    field.options.find((o) => o.value === value) ??
    field.options.find((o) => o.label.zh === value || o.label.en === value);
  return option ? option.value : value;
}

function operand(op: JuelOperand, fields: readonly FormField[], other?: FormField): Operand {
  const field = fieldOf(op, fields);
  if (field) return { field: field.key };
  return { value: 'literal' in op ? literalFor(op.literal, other) : null };
}

function convert(e: JuelExpr, fields: readonly FormField[]): Condition {
  switch (e.op) {
    case 'and':
    case 'or':
      return { op: e.op, conditions: e.of.map((x) => convert(x, fields)) };
    case 'not': {
      const inner = convert(e.of, fields);
      if (inner.op === 'empty') return { op: 'notEmpty', operand: inner.operand };
      return { op: 'not', condition: inner };
    }
    case 'empty':
      return { op: 'empty', operand: operand(e.operand, fields) };
    case 'truthy':
      // a bare variable is a yes/no flag
      return { op: 'eq', left: operand(e.operand, fields), right: { value: true } };
    default: {
      let { left, right } = e;
      let op = e.op;
      // a literal on the left reads the same turned round: 5000 < amount is amount > 5000
      if ('literal' in left && 'name' in right) {
        [left, right] = [right, left];
        op = FLIP[op];
      }
      const leftField = fieldOf(left, fields);
      const rightField = fieldOf(right, fields);
      if ('literal' in right && right.literal === null && (op === 'eq' || op === 'ne'))
        return { op: op === 'eq' ? 'empty' : 'notEmpty', operand: operand(left, fields) };
      return {
        op,
        left: operand(left, fields, rightField),
        right: operand(right, fields, leftField),
      };
    }
  }
}

/**
 * A JUEL condition (`${amount > 5000}`) as a condition on the form's fields, when every variable
 * is a field of the form and the comparison type-checks against it (checkCondition, as the
 * designer checks); otherwise why not, in both languages.
 */
export function juelCondition(body: string, fields: readonly FormField[]): JuelConditionRead {
  const parsed = parseJuel(body);
  if (!parsed.ok)
    return {
      ok: false,
      reason: {
        code: 'unsupportedExpression',
        zh: `无法理解的条件表达式（第 ${parsed.offset + 1} 个字符${parsed.found ? `「${parsed.found}」` : ''}处）：只支持字段与值的比较、且/或/非`,
        en: `a condition expression that cannot be read (at character ${parsed.offset + 1}${parsed.found ? ` "${parsed.found}"` : ''}): only comparisons of fields with values, and/or/not are supported`,
      },
    };
  let condition: Condition;
  try {
    condition = convert(parsed.expr, fields);
  } catch (e) {
    if (e instanceof Unplaced) return { ok: false, reason: e.reason };
    throw e;
  }
  const [problem] = checkCondition(condition, { fields });
  if (problem)
    return {
      ok: false,
      reason: { code: 'fieldMismatch', zh: problem.message.zh, en: problem.message.en },
    };
  return { ok: true, condition };
}
