import {
  checkCondition,
  type Condition,
  type ConditionProblemCode,
  type FormField,
  type JsonValue,
  type Locale,
} from '@signoff/schema';
import { designerStrings } from '../designer.i18n';
import { fieldOf, operandKind, type OperandRef, type ValueKind } from './operand-kind';

/** The operators a row can hold; and / or / not are groups, not rows. */
export type LeafOp =
  'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'between' | 'in' | 'notIn' | 'empty' | 'notEmpty';

export const LEAF_OPS: readonly LeafOp[] = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'between',
  'in',
  'notIn',
  'empty',
  'notEmpty',
];

/** How many values the operator takes on its right: one, a list, a range, or none. */
export type OpShape = 'one' | 'many' | 'range' | 'none';

export function opShape(op: LeafOp): OpShape {
  if (op === 'in' || op === 'notIn') return 'many';
  if (op === 'between') return 'range';
  if (op === 'empty' || op === 'notEmpty') return 'none';
  return 'one';
}

export const isLeafOp = (op: unknown): op is LeafOp => LEAF_OPS.includes(op as LeafOp);

/** A value of the kind, so that a probe condition fails only for the operator, never for its value. */
function sample(
  kind: ValueKind,
  field: FormField | undefined,
  ranks: readonly string[] | undefined,
): JsonValue {
  switch (kind) {
    case 'number':
      return 0;
    case 'date':
      return '2000-01-01';
    case 'time':
      return '00:00';
    case 'option':
    case 'options':
      return field?.options?.[0]?.value ?? 'x';
    case 'rank':
      return ranks?.[0] ?? 'x';
    default:
      return 'x';
  }
}

export function leafCondition(op: LeafOp, left: OperandRef, value: JsonValue): Condition {
  switch (opShape(op)) {
    case 'many':
      return { op: op as 'in', left, values: [value] };
    case 'range':
      return { op: 'between', left, min: value, max: value };
    case 'none':
      return { op: op as 'empty', operand: left };
    default:
      return { op: op as 'eq', left, right: { value } };
  }
}

/** Problems that say the operator (or the operand itself) is wrong, as opposed to a value that does not fit. */
const OPERATOR_FAULTS: ReadonlySet<ConditionProblemCode> = new Set<ConditionProblemCode>([
  'not_comparable',
  'not_ordered',
  'invalid_condition',
  'unknown_field',
  'field_without_value',
  'unknown_attribute',
]);

/** Kinds whose values come from a known list (options, ranks, org names), where "is one of" reads naturally. */
const ENUMERATED: ReadonlySet<ValueKind> = new Set<ValueKind>(['option', 'options', 'rank', 'name', 'names']);

/**
 * The designer's narrowing of what the checker accepts: the checker allows `in` on any number or
 * text and `=` on a person's id, but a list of free numbers reads oddly (between or an "or" group says
 * it better), nobody types an id, and every applicant has a rank and a department.
 */
function offered(op: LeafOp, kind: ValueKind): boolean {
  if (op === 'in' || op === 'notIn') return ENUMERATED.has(kind);
  if (op === 'eq' || op === 'ne') return kind !== 'id';
  if (op === 'empty' || op === 'notEmpty') return kind !== 'rank' && kind !== 'name';
  return true;
}

/**
 * The operators a row on `left` may use: those `checkCondition` accepts for the operand (probed with
 * a value of the right kind), narrowed by `offered`. So the checker stays the one truth of validity.
 */
export function operatorsFor(
  left: OperandRef,
  fields: readonly FormField[],
  ranks?: readonly string[],
): LeafOp[] {
  const field = fieldOf(left, fields);
  const kind = operandKind(left, fields);
  // only the operand's own field: the probe then costs the same on a 300-field form
  const scope = { fields: field ? [field] : [], ...(ranks && ranks.length > 0 ? { ranks } : {}) };
  const value = sample(kind, field, ranks);
  return LEAF_OPS.filter(
    (op) =>
      offered(op, kind) &&
      !checkCondition(leafCondition(op, left, value), scope).some((p) => OPERATOR_FAULTS.has(p.code)),
  );
}

/** The operator as the builder and the rule in words show it; on lists, `in` reads "includes any of". */
export function operatorLabel(op: LeafOp, kind: ValueKind, lang: Locale): string {
  const s = designerStrings[lang].op;
  const list = kind === 'options' || kind === 'names';
  if (list && op === 'in') return s.contains;
  if (list && op === 'notIn') return s.notContains;
  return s[op];
}
