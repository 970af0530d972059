/**
 * fast-check generators of designer commands with valid and invalid arguments. A command is a plan
 * resolved against the model it meets, so that most name fields that exist at that moment while
 * some name fields that never did, or are not even text.
 */
import { FIELD_TYPES, type FormModel } from '@signoff/schema';
import fc from 'fast-check';
import { FIELD_PROPERTIES } from '../field-properties.js';
import type { FormCommand } from '../form-command.js';
import {
  COLUMNS,
  condition,
  formula,
  junkModelArb,
  key,
  label,
  modelArb,
  options,
} from './model-arbitraries.js';

/** Every path of a model, for a plan to pick from. */
function pathsOf(model: FormModel): string[] {
  const out: string[] = [];
  for (const f of Array.isArray(model.fields) ? model.fields : []) {
    if (typeof f !== 'object' || f === null || typeof f.key !== 'string') continue;
    out.push(f.key);
    if (f.type === 'table' && Array.isArray(f.columns))
      for (const c of f.columns) if (typeof c?.key === 'string') out.push(`${f.key}.${c.key}`);
  }
  return out;
}

const typeAt = (model: FormModel, path: string): unknown => {
  const [top, col] = path.split('.');
  const f = (Array.isArray(model.fields) ? model.fields : []).find((x) => x?.key === top);
  if (col === undefined) return f?.type;
  return Array.isArray(f?.columns) ? f.columns.find((c) => c?.key === col)?.type : undefined;
};

/** Picks a path: usually one that exists now (by position), sometimes one that does not, sometimes junk. */
const pathPick = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.nat().map((n) => (m: FormModel): unknown => {
      const ps = pathsOf(m);
      return ps.length ? ps[n % ps.length] : 'f0';
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('nope', '', 'f0.c0', 'f9', 'a.b.c', '.').map((p) => (): unknown => p),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }).map((v) => (): unknown => v) },
);

const tablePick = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.nat().map((n) => (m: FormModel): unknown => {
      const ts = (Array.isArray(m.fields) ? m.fields : [])
        .filter((f) => f?.type === 'table')
        .map((f) => f.key);
      return ts.length ? ts[n % ts.length] : 'f0';
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('nope', 'f1', 3, null).map((t) => (): unknown => t) },
);

const placePick = fc.oneof(
  { weight: 2, arbitrary: fc.constant((): unknown => undefined) },
  {
    weight: 6,
    arbitrary: fc
      .record({
        intoTable: fc.boolean(),
        table: tablePick,
        index: fc.oneof(
          { weight: 5, arbitrary: fc.option(fc.nat({ max: 9 }), { nil: undefined }) },
          { weight: 1, arbitrary: fc.constantFrom<unknown>(-1, 1.5, Number.NaN, '2') },
        ),
      })
      .map(
        ({ intoTable, table, index }) =>
          (m: FormModel): unknown =>
            intoTable ? { table: table(m), index } : { index },
      ),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'top', 5).map((v) => (): unknown => v) },
);

const ALL_PROPERTIES = [
  ...new Set(Object.values(FIELD_PROPERTIES).flat()),
  'type',
  'columns',
  'junk',
] as string[];

/** One value of each kind a property can take, good or bad; the plan picks the property when it meets the field. */
const valueBag = fc.record({
  key: fc.oneof(key, fc.constantFrom('k1', 'k2', 'c0', 'c1', 'f0_2', '1bad', '')),
  label,
  flag: fc.boolean(),
  width: fc.constantFrom(6, 12, 24, 7),
  condition,
  formula,
  options,
  number: fc.integer({ min: -5, max: 50 }),
  columns: fc.array(fc.constantFrom(...COLUMNS), { maxLength: 2 }),
  junk: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
  bad: fc.nat({ max: 4 }),
});
type Bag = typeof valueBag extends fc.Arbitrary<infer T> ? T : never;

function valueFor(prop: string, bag: Bag): unknown {
  if (bag.bad === 0) return bag.junk;
  switch (prop) {
    case 'key':
      return bag.key;
    case 'label':
    case 'help':
    case 'placeholder':
      return bag.label;
    case 'required':
    case 'readOnly':
    case 'hidden':
    case 'multiple':
    case 'capitals':
      return bag.flag;
    case 'width':
      return bag.width;
    case 'visibleWhen':
      return bag.condition;
    case 'formula':
      return bag.formula;
    case 'options':
      return bag.options;
    case 'sumColumns':
      return bag.columns;
    case 'precision':
      return Math.abs(bag.number) % 5;
    case 'min':
    case 'max':
    case 'minLength':
    case 'maxLength':
    case 'minSelected':
    case 'maxSelected':
    case 'minRows':
    case 'maxRows':
    case 'maxCount':
    case 'maxSizeBytes':
    case 'default':
      return bag.number;
    default:
      return bag.junk;
  }
}

/** A patch: mostly properties the field has (picked when the plan meets it), sometimes any property at all. */
const patchPick = fc
  .record({
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    anyProp: fc.nat({ max: 5 }),
    bag: valueBag,
  })
  .map(({ picks, anyProp, bag }) => (type: unknown): Record<string, unknown> => {
    const own = (FIELD_PROPERTIES as Record<string, readonly string[]>)[String(type)];
    const pool = anyProp === 0 || !own ? ALL_PROPERTIES : own;
    return Object.fromEntries(
      picks.map((n) => pool[n % pool.length] as string).map((p) => [p, valueFor(p, bag)]),
    );
  });

/** A command, as a plan to resolve against the model it meets. */
export interface Plan {
  build(model: FormModel): FormCommand;
  toString(): string;
}

const plan = (name: string, build: (m: FormModel) => unknown): Plan => ({
  build: (m) => build(m) as FormCommand,
  toString: () => name,
});

const clipboardPick = fc.oneof(
  fc.array(fc.nat(), { minLength: 1, maxLength: 3 }).map((ns) => (m: FormModel): unknown => {
    const fields = Array.isArray(m.fields) ? m.fields : [];
    return fields.length ? ns.map((n) => fields[n % fields.length]) : [];
  }),
  modelArb.map((other) => (): unknown => other.fields),
  fc.jsonValue({ maxDepth: 2 }).map((v) => (): unknown => v),
);

export const planArb: fc.Arbitrary<Plan> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({
        t: fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom<unknown>(...FIELD_TYPES) },
          { weight: 1, arbitrary: fc.constantFrom<unknown>('slider', 7) },
        ),
        at: placePick,
      })
      .map(({ t, at }) => plan(`add ${String(t)}`, (m) => ({ type: 'addField', fieldType: t, at: at(m) }))),
  },
  {
    weight: 4,
    arbitrary: fc
      .record({ field: pathPick, to: placePick })
      .map(({ field, to }) => plan('move', (m) => ({ type: 'moveField', field: field(m), to: to(m) }))),
  },
  {
    weight: 2,
    arbitrary: pathPick.map((field) =>
      plan('duplicate', (m) => ({ type: 'duplicateField', field: field(m) })),
    ),
  },
  {
    weight: 2,
    arbitrary: pathPick.map((field) => plan('remove', (m) => ({ type: 'removeField', field: field(m) }))),
  },
  {
    weight: 6,
    arbitrary: fc
      .record({
        field: pathPick,
        patch: patchPick,
        honest: fc.nat({ max: 9 }),
        claimed: fc.constantFrom(...FIELD_TYPES),
      })
      .map(({ field, patch, honest, claimed }) =>
        plan('change', (m) => {
          const path = field(m);
          const actual = typeof path === 'string' ? typeAt(m, path) : undefined;
          return {
            type: 'changeField',
            field: path,
            fieldType: honest > 0 && actual !== undefined ? actual : claimed,
            patch: patch(actual),
          };
        }),
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ fields: clipboardPick, at: placePick })
      .map(({ fields, at }) => plan('paste', (m) => ({ type: 'pasteFields', fields: fields(m), at: at(m) }))),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ key: fc.constantFrom('leave', 'bad key', 'x'), title: fc.option(label, { nil: undefined }) })
      .map((patch) => plan('changeForm', () => ({ type: 'changeForm', patch }))),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(modelArb, junkModelArb, fc.constant(null))
      .map((model) => plan('replace', () => ({ type: 'replaceModel', model }))),
  },
  {
    weight: 1,
    arbitrary: fc.jsonValue({ maxDepth: 1 }).map((junk) => plan(`junk ${JSON.stringify(junk)}`, () => junk)),
  },
);
