/**
 * fast-check generators of form models full of references (rules, formulas, sums over tables, some
 * of them broken), and of the junk an imported model may hold. Keys come from a small pool so that
 * commands meet the fields they name.
 */
import {
  FIELD_TYPES,
  type Condition,
  type FieldType,
  type FormField,
  type FormModel,
  type Formula,
} from '@signoff/schema';
import fc from 'fast-check';

export const KEYS = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7'] as const;
export const COLUMNS = ['c0', 'c1', 'c2', 'c3'] as const;
const text = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== '');
export const label = fc.record({ zh: text, en: text });
export const key = fc.constantFrom(...KEYS);

const operand = fc.oneof(
  key.map((field) => ({ field })),
  fc
    .oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom('a', 'b', 'f0'), fc.boolean())
    .map((value) => ({ value })),
  fc.constant({ applicant: 'rank' as const }),
);

export const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small' },
    fc.record({ op: fc.constantFrom('eq', 'gte', 'ne' as const), left: operand, right: operand }),
    fc.record({
      op: fc.constant('in' as const),
      left: operand,
      values: fc.array(fc.constantFrom('a', 'b', 1), { maxLength: 2 }),
    }),
    fc.record({ op: fc.constant('notEmpty' as const), operand }),
    fc.record({
      op: fc.constantFrom('and', 'or' as const),
      conditions: fc.array(tie('c'), { maxLength: 2 }),
    }),
  ),
})).c;

export const formula: fc.Arbitrary<Formula> = fc.letrec<{ f: Formula }>((tie) => ({
  f: fc.oneof(
    { depthSize: 'small' },
    fc.integer({ min: -9, max: 9 }).map((value) => ({ value })),
    fc.oneof(key, fc.constantFrom(...COLUMNS)).map((field) => ({ field, ifEmpty: 0 })),
    fc.record({ op: fc.constantFrom('add', 'mul' as const), left: tie('f'), right: tie('f') }),
    fc.record({ op: fc.constant('sum' as const), table: key, column: fc.constantFrom(...COLUMNS) }),
    fc.record({ op: fc.constant('daysBetween' as const), range: key.map((field) => ({ field })) }),
    fc.record({ op: fc.constant('if' as const), condition, then: tie('f'), else: tie('f') }),
  ),
})).f;

const COLUMN_TYPES = FIELD_TYPES.filter((t) => t !== 'table' && t !== 'serialNumber');
export const options = fc
  .uniqueArray(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 3 })
  .map((vs) => vs.map((value) => ({ value, label: { zh: value, en: value } })));

function fieldOf(type: FieldType, k: string, inTable: boolean): fc.Arbitrary<FormField> {
  return fc
    .record({
      label,
      required: fc.boolean(),
      rule: inTable ? fc.constant(undefined) : fc.option(condition, { nil: undefined, freq: 3 }),
      options,
      formula,
      columns: inTable
        ? fc.constant<FormField[]>([])
        : fc
            .uniqueArray(fc.constantFrom(...COLUMNS), { minLength: 1, maxLength: 3 })
            .chain((ks) =>
              fc.tuple(...ks.map((c) => fc.constantFrom(...COLUMN_TYPES).chain((t) => fieldOf(t, c, true)))),
            ),
      sum: fc.boolean(),
    })
    .map(({ label, required, rule, options: opts, formula: f, columns, sum }) => {
      const field: FormField = { key: k, type, label };
      if (required) field.required = true;
      if (rule) field.visibleWhen = rule;
      if (['select', 'radio', 'multiSelect', 'checkbox'].includes(type)) field.options = opts;
      if (type === 'computed') field.formula = f;
      if (type === 'table') {
        field.columns = columns;
        const numeric = columns.find((c) => c.type === 'number' || c.type === 'money');
        if (sum && numeric) field.sumColumns = [numeric.key];
      }
      return field;
    });
}

export const modelArb: fc.Arbitrary<FormModel> = fc
  .uniqueArray(key, { minLength: 1, maxLength: 8 })
  .chain((ks) =>
    fc.tuple(...ks.map((k) => fc.constantFrom(...FIELD_TYPES).chain((t) => fieldOf(t, k, false)))),
  )
  .map((fields) => ({ modelVersion: 1, key: 'prop', title: { zh: '属性', en: 'Property' }, fields }));

/** Imported junk: the commands must cope with it too. */
export const junkModelArb: fc.Arbitrary<FormModel> = fc
  .array(
    fc.oneof(
      fc.constant(null),
      fc.jsonValue({ maxDepth: 2 }),
      fc.record({
        key: fc.oneof(key, fc.integer()),
        type: fc.constantFrom('text', 'table', 'slider'),
        columns: fc.jsonValue({ maxDepth: 1 }),
      }),
    ),
    { maxLength: 4 },
  )
  .map(
    (fields) =>
      ({ modelVersion: 1, key: 'junk', title: { zh: '乱', en: 'Junk' }, fields }) as unknown as FormModel,
  );
