import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { bigForm } from './bench-fixtures.js';
import { FIELD_TYPES, type FormField, type FormModel } from './form-model.js';
import { FORM_MODEL_JSON_SCHEMA, formModelJsonSchema, MODEL_FIELD_PROPERTIES } from './form-model-json-schema.js';
import { expenseForm, formOf, label, leaveForm, options } from './test-fixtures.js';
import { validateModel } from './validate-model.js';

// strict: a keyword ajv does not know, or a `required` of a property no schema defines, fails the compile
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(FORM_MODEL_JSON_SCHEMA);
const errorsOf = (model: unknown): ErrorObject[] => (validate(model) ? [] : [...(validate.errors ?? [])]);

const TEMPLATES = fileURLToPath(new URL('../../../templates/', import.meta.url));
function catalogForms(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const catalog of ['real-estate', 'small-company']) {
    for (const file of readdirSync(`${TEMPLATES}${catalog}`).filter((f) => /^\d.*\.json$/.test(f))) {
      const template = JSON.parse(readFileSync(`${TEMPLATES}${catalog}/${file}`, 'utf8')) as { form: unknown };
      out.push([`${catalog}/${file}`, template.form]);
    }
  }
  return out;
}

/** One field of each type with every property that type may have, rules and formulas included. */
function everyProperty(): FormModel {
  const L = label('字段', 'Field');
  const fields: FormField[] = [
    { key: 'txt', type: 'text', label: L, help: L, placeholder: L, required: true, readOnly: false, hidden: false, width: 12, default: 'x', minLength: 1, maxLength: 9 },
    { key: 'long', type: 'textarea', label: L, placeholder: L, minLength: 0, maxLength: 500, default: '' },
    { key: 'num', type: 'number', label: L, min: 0, max: 9, precision: 1, default: 2, visibleWhen: { op: 'notEmpty', operand: { field: 'txt' } } },
    { key: 'amt', type: 'money', label: L, currency: 'USD', capitals: false, precision: 2 },
    { key: 'day', type: 'date', label: L, minDate: '2026-01-01', maxDate: '2026-12-31', default: '2026-05-01' },
    { key: 'span', type: 'dateRange', label: L, default: ['2026-01-01', '2026-01-02'] },
    { key: 'at', type: 'time', label: L, default: '09:00' },
    { key: 'sel', type: 'select', label: L, options: options('a', 'b'), default: 'a' },
    { key: 'many', type: 'multiSelect', label: L, options: options('a', 'b'), minSelected: 1, maxSelected: 2, default: ['a'] },
    { key: 'rad', type: 'radio', label: L, options: options('a') },
    { key: 'chk', type: 'checkbox', label: L, options: options('a'), default: [] },
    { key: 'who', type: 'user', label: L, multiple: true },
    { key: 'dept', type: 'department', label: L },
    { key: 'file', type: 'attachment', label: L, maxCount: 3, maxSizeBytes: 1000, accept: ['application/pdf', 'image/*'] },
    { key: 'pic', type: 'image', label: L },
    {
      key: 'rows', type: 'table', label: L, minRows: 1, maxRows: 5, sumColumns: ['sub'],
      columns: [
        { key: 'q', type: 'number', label: L },
        { key: 'sub', type: 'computed', label: L, formula: { op: 'mul', left: { field: 'q' }, right: { value: 2 } } },
      ],
    },
    {
      key: 'calc', type: 'computed', label: L, precision: 0,
      formula: {
        op: 'if',
        condition: {
          op: 'or',
          conditions: [
            { op: 'in', left: { applicant: 'rank' }, values: ['主管级'] },
            { op: 'not', condition: { op: 'between', left: { field: 'num' }, min: 1, max: 3 } },
            { op: 'empty', operand: { value: null } },
          ],
        },
        then: { op: 'round', value: { op: 'sum', table: 'rows', column: 'sub' }, precision: 0 },
        else: { op: 'add', left: { op: 'daysBetween', range: { field: 'span' }, inclusive: true }, right: { op: 'daysBetween', from: { field: 'day' }, to: { value: '2026-12-31' } } },
      },
    },
    { key: 'note', type: 'description', label: L, help: L },
    { key: 'sn', type: 'serialNumber', label: L },
    { key: 'sig', type: 'signature', label: L, required: true },
  ];
  return formOf(...fields);
}

describe('the JSON Schema of the form model', () => {
  it('accepts every form of both catalogs', () => {
    const forms = catalogForms();
    expect(forms.length).toBeGreaterThanOrEqual(23);
    for (const [name, form] of forms) expect([name, errorsOf(form)]).toEqual([name, []]);
  });

  it("accepts the schema package's fixtures and a field of every type with every property it may have", () => {
    const all = everyProperty();
    expect(new Set(all.fields.map((f) => f.type))).toEqual(new Set(FIELD_TYPES));
    // the fixture is a real, valid model: the schema is not accepting something validateModel refuses
    expect(validateModel(all)).toEqual([]);
    for (const model of [leaveForm(), expenseForm(), bigForm().model, bigForm({ rules: true }).model, all])
      expect(errorsOf(model)).toEqual([]);
  });

  it('refuses an unknown field type, naming where', () => {
    const model = formOf({ key: 'a', type: 'txt' as FormField['type'], label: label('甲', 'A') });
    expect(errorsOf(model)).toContainEqual(expect.objectContaining({ instancePath: '/fields/0/type', keyword: 'enum' }));
  });

  it('refuses a misspelt property, and a property of another type', () => {
    const misspelt = { ...formOf({ key: 'a', type: 'text', label: label('甲', 'A') }) };
    (misspelt.fields[0] as unknown as Record<string, unknown>).requird = true;
    expect(errorsOf(misspelt)).toContainEqual(
      expect.objectContaining({ instancePath: '/fields/0', keyword: 'additionalProperties', params: { additionalProperty: 'requird' } }),
    );
    const foreign = formOf({ key: 'a', type: 'text', label: label('甲', 'A'), options: options('x') });
    expect(errorsOf(foreign)).toContainEqual(
      expect.objectContaining({ instancePath: '/fields/0', params: { additionalProperty: 'options' } }),
    );
    const topLevel = { ...leaveForm(), titel: label('x', 'x') };
    expect(errorsOf(topLevel)).toContainEqual(expect.objectContaining({ instancePath: '', params: { additionalProperty: 'titel' } }));
  });

  it('refuses wrong shapes of values, labels, rules and formulas', () => {
    const bad: [FormField, string][] = [
      [{ key: 'a', type: 'text', label: { zh: '甲' } as FormField['label'] }, '/fields/0/label'],
      [{ key: 'a', type: 'number', label: label('甲', 'A'), min: '1' as unknown as number }, '/fields/0/min'],
      [{ key: 'a', type: 'text', label: label('甲', 'A'), width: 10 as 12 }, '/fields/0/width'],
      [{ key: '1a', type: 'text', label: label('甲', 'A') }, '/fields/0/key'],
      [{ key: 'a', type: 'date', label: label('甲', 'A'), minDate: '1/2/2026' }, '/fields/0/minDate'],
      [{ key: 'a', type: 'text', label: label('甲', 'A'), visibleWhen: { op: 'eq', left: { field: 'b' } } as never }, '/fields/0/visibleWhen'],
      [{ key: 'a', type: 'text', label: label('甲', 'A'), visibleWhen: { op: 'is', left: { field: 'b' }, right: { value: 1 } } as never }, '/fields/0/visibleWhen/op'],
      [{ key: 'a', type: 'text', label: label('甲', 'A'), visibleWhen: { op: 'eq', left: { field: 'b', value: 1 }, right: { value: 1 } } as never }, '/fields/0/visibleWhen/left'],
      [{ key: 'a', type: 'computed', label: label('甲', 'A'), formula: { op: 'add', left: { field: 'b' } } as never }, '/fields/0/formula'],
      [{ key: 'a', type: 'computed', label: label('甲', 'A'), formula: { op: 'sum', table: 't', column: 'c', extra: 1 } as never }, '/fields/0/formula'],
      [{ key: 'a', type: 'computed', label: label('甲', 'A'), formula: { value: true } as never }, '/fields/0/formula/value'],
      [{ key: 'a', type: 'computed', label: label('甲', 'A'), formula: { op: 'round', value: { value: 1 }, precision: 11 } }, '/fields/0/formula/precision'],
      [{ key: 'a', type: 'computed', label: label('甲', 'A'), formula: { op: 'daysBetween', from: { field: 'x' } } as never }, '/fields/0/formula'],
    ];
    for (const [field, path] of bad) {
      const paths = errorsOf(formOf(field)).map((e) => e.instancePath);
      expect([field, paths]).toEqual([field, expect.arrayContaining([path])]);
    }
  });

  it('keeps tables out of tables and rules off columns', () => {
    const inner = { key: 'inner', type: 'table', label: label('乙', 'B'), columns: [{ key: 'c', type: 'text', label: label('丙', 'C') }] };
    const nested = formOf({ key: 't', type: 'table', label: label('甲', 'A'), columns: [inner as FormField] });
    expect(errorsOf(nested)).toContainEqual(expect.objectContaining({ instancePath: '/fields/0/columns/0/type', keyword: 'enum' }));
    const ruled = formOf({
      key: 't', type: 'table', label: label('甲', 'A'),
      columns: [{ key: 'c', type: 'text', label: label('丙', 'C'), visibleWhen: { op: 'empty', operand: { field: 'x' } } }],
    });
    expect(errorsOf(ruled).map((e) => e.instancePath)).toContain('/fields/0/columns/0/visibleWhen');
  });

  it('explains properties in the language asked for, or in both', () => {
    const zh = formModelJsonSchema('zh');
    const en = formModelJsonSchema('en');
    expect(zh.properties?.fields).toMatchObject({ description: '表单的字段，按显示顺序' });
    expect(en.properties?.fields).toMatchObject({ description: 'The fields of the form, in the order they are shown' });
    expect(FORM_MODEL_JSON_SCHEMA.properties?.fields).toMatchObject({
      description: '表单的字段，按显示顺序\n\nThe fields of the form, in the order they are shown',
    });
    // every property of every type has a hover text
    const field = zh.$defs?.field;
    for (const branch of field?.allOf ?? []) {
      for (const [name, prop] of Object.entries(branch.then?.properties ?? {}))
        expect([name, typeof prop === 'object' && (prop.description ?? '').length > 0]).toEqual([name, true]);
    }
    expect(Object.keys(MODEL_FIELD_PROPERTIES).sort()).toEqual([...FIELD_TYPES].sort());
  });
});
