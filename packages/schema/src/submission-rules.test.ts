import { describe, expect, it } from 'vitest';
import { compileForm } from './compile-form.js';
import { evaluateFormulas, hiddenFields } from './evaluate-formulas.js';
import { RANKS, applicant, expenseForm, formOf, label } from './test-fixtures.js';
import { validateSubmission } from './validate-submission.js';

const model = expenseForm();
const { schema, uiSchema } = compileForm(model);
const base = {
  kind: 'meal',
  start: '2026-11-24',
  end: '2026-11-26',
  items: [
    { what: '午餐', qty: 3, unit: 33.3 },
    { what: '晚餐', qty: 1, unit: 0.1 },
  ],
};

describe('computed fields on the server', () => {
  it('fills computed columns, sums and day counts, ignoring what was submitted', () => {
    const r = validateSubmission(schema, { ...base, days: 99, total: 1, items: base.items.map((i) => ({ ...i, subtotal: 1e6 })) });
    expect(r).toEqual({
      ok: true,
      data: {
        ...base,
        days: 3,
        items: [
          { what: '午餐', qty: 3, unit: 33.3, subtotal: 99.9 },
          { what: '晚餐', qty: 1, unit: 0.1, subtotal: 0.1 },
        ],
        total: 100,
        perDay: 33.33,
      },
    });
  });

  it('returns the submitted object itself when the client sent what the server computes (no copy)', () => {
    const sent = evaluateFormulas(model, base);
    const r = validateSubmission(schema, sent);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data).toBe(sent);
    const off = { ...sent, total: 1 };
    const again = validateSubmission(schema, off);
    if (again.ok) {
      expect(again.data).not.toBe(off);
      expect(again.data.total).toBe(100);
      expect(off.total).toBe(1);
    }
  });

  it('does not change the caller’s data', () => {
    const data = structuredClone(base);
    validateSubmission(schema, data);
    expect(data).toEqual(base);
  });

  it('leaves a computed field out when its formula has no value (division by zero, missing dates)', () => {
    const backwards = evaluateFormulas(model, { ...base, start: '2026-11-26', end: '2026-11-25' });
    expect(backwards).toMatchObject({ days: -2, total: 100, perDay: -50 });
    const zeroDays = formOf(
      { key: 'a', type: 'number', label: label('甲', 'A') },
      { key: 'b', type: 'number', label: label('乙', 'B') },
      { key: 'q', type: 'computed', label: label('商', 'Quotient'), formula: { op: 'div', left: { field: 'a' }, right: { field: 'b' } } },
    );
    expect(validateSubmission(compileForm(zeroDays).schema, { a: 1, b: 0, q: 5 })).toEqual({ ok: true, data: { a: 1, b: 0 } });
    expect(evaluateFormulas(model, { ...base, start: undefined })).not.toHaveProperty('days');
    expect(evaluateFormulas(model, { ...base, start: undefined })).not.toHaveProperty('perDay');
  });

  it('maps errors in table rows to items[n].column with the row named as people count', () => {
    const r = validateSubmission(schema, { ...base, items: [base.items[0], { what: '', qty: 0, unit: -1 }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { path: 'items[1].what', keyword: 'minLength', message: { zh: '「明细」第 2 行「品名」为必填项', en: '"Items" row 2 "Item" is required' } },
        { path: 'items[1].qty', keyword: 'minimum', message: { zh: '「明细」第 2 行「数量」不能小于 1', en: '"Items" row 2 "Qty" must be at least 1' } },
        { path: 'items[1].unit', keyword: 'minimum', message: { zh: '「明细」第 2 行「单价」不能小于 0', en: '"Items" row 2 "Unit price" must be at least 0' } },
      ]),
    );
  });
});

describe('visibility rules on the server', () => {
  it('drops a field hidden by its rule and does not require it', () => {
    expect(validateSubmission(schema, { ...base, city: '上海' })).toMatchObject({ ok: true });
    const r = validateSubmission(schema, { ...base, city: '上海' });
    if (r.ok) expect(r.data).not.toHaveProperty('city');
  });

  it('requires a field while its rule holds, and keeps it', () => {
    const travel = { ...base, kind: 'travel' };
    expect(validateSubmission(schema, travel)).toEqual({
      ok: false,
      errors: [{ path: 'city', keyword: 'required', message: { zh: '「出差城市」为必填项', en: '"City" is required' } }],
    });
    expect(validateSubmission(schema, { ...travel, city: '' })).toMatchObject({ ok: false, errors: [{ path: 'city', keyword: 'required' }] });
    const r = validateSubmission(schema, { ...travel, city: '上海' });
    expect(r).toMatchObject({ ok: true, data: { city: '上海' } });
  });

  it('checks a shown field against its schema as usual', () => {
    expect(validateSubmission(schema, { ...base, kind: 'travel', city: 3 })).toMatchObject({ ok: false, errors: [{ path: 'city', keyword: 'type' }] });
  });

  it('evaluates rules that read the applicant and computed totals, with the tenant’s ranks', () => {
    const big = { ...base, items: [{ what: '设备', qty: 1, unit: 6000 }] };
    const staff = validateSubmission(schema, { ...big, gmNote: '同意' }, { applicant: applicant('职员'), ranks: RANKS });
    expect(staff).toMatchObject({ ok: true });
    if (staff.ok) expect(staff.data).not.toHaveProperty('gmNote');
    const lead = validateSubmission(schema, big, { applicant: applicant('主管级'), ranks: RANKS });
    expect(lead).toMatchObject({ ok: false, errors: [{ path: 'gmNote', keyword: 'required', message: { zh: '「总经理意见」为必填项' } }] });
    const small = validateSubmission(schema, { ...base, gmNote: 'x' }, { applicant: applicant('主管级'), ranks: RANKS });
    if (small.ok) expect(small.data).not.toHaveProperty('gmNote');
  });

  it('without applicant facts, keeps a field whose rule reads the applicant but does not require it', () => {
    const big = { ...base, items: [{ what: '设备', qty: 1, unit: 6000 }] };
    expect(validateSubmission(schema, big)).toMatchObject({ ok: true });
    expect(validateSubmission(schema, { ...big, gmNote: '同意' })).toMatchObject({ ok: true, data: { gmNote: '同意' } });
  });

  it('a hidden field does not count in the formulas that read it', () => {
    const m = formOf(
      { key: 'extra', type: 'select', label: label('加项', 'Extra'), options: [{ value: 'y', label: label('是', 'Yes') }] },
      { key: 'a', type: 'number', label: label('甲', 'A') },
      { key: 'b', type: 'number', label: label('乙', 'B'), visibleWhen: { op: 'eq', left: { field: 'extra' }, right: { value: 'y' } } },
      { key: 's', type: 'computed', label: label('和', 'Sum'), formula: { op: 'add', left: { field: 'a' }, right: { field: 'b', ifEmpty: 0 } } },
    );
    const s = compileForm(m).schema;
    expect(validateSubmission(s, { a: 1, b: 2 })).toEqual({ ok: true, data: { a: 1, s: 1 } });
    expect(validateSubmission(s, { extra: 'y', a: 1, b: 2 })).toEqual({ ok: true, data: { extra: 'y', a: 1, b: 2, s: 3 } });
    expect(evaluateFormulas(m, { a: 1, b: 2 })).toEqual({ a: 1, b: 2, s: 1 });
    expect(hiddenFields(m, { a: 1, b: 2 })).toEqual(['b']);
  });

  it('refuses data that is not an object, with a path', () => {
    for (const data of [null, [], 'x', 3]) expect(validateSubmission(schema, data)).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'type' }] });
  });
});

describe('what the UI schema carries', () => {
  it('visibility rules, formulas with rounding, money and table options', () => {
    expect(uiSchema.fields.city).toMatchObject({ required: true, visibleWhen: { op: 'eq', left: { field: 'kind' }, right: { value: 'travel' } } });
    expect(uiSchema.fields.total).toMatchObject({
      readOnly: true,
      precision: 2,
      formula: { op: 'round', precision: 2, value: { op: 'sum', table: 'items', column: 'subtotal' } },
    });
    expect(uiSchema.fields.items).toMatchObject({ sumColumns: ['subtotal'] });
    expect(uiSchema.fields.items?.columns?.[3]).toMatchObject({ key: 'subtotal', readOnly: true, formula: { op: 'round' } });
    expect(schema.required).toEqual(['kind', 'start', 'end', 'items']);
    expect(schema.properties?.city).toMatchObject({ 'x-requiredWhenVisible': true, 'x-visibleWhen': { op: 'eq' } });
    expect(schema.properties?.city).not.toHaveProperty('minLength');
    const money = compileForm(formOf({ key: 'm', type: 'money', label: label('金额', 'Amount') }, { key: 'u', type: 'money', label: label('美元', 'USD'), currency: 'USD' }));
    expect(money.uiSchema.fields.m).toMatchObject({ currency: 'CNY', capitals: true, precision: 2 });
    expect(money.uiSchema.fields.u).toMatchObject({ currency: 'USD' });
    expect(money.uiSchema.fields.u).not.toHaveProperty('capitals');
  });

  it('is byte-identical on every compilation', () => {
    const again = compileForm(expenseForm());
    expect(JSON.stringify(again)).toBe(JSON.stringify({ schema, uiSchema }));
  });
});
