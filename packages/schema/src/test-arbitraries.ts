/** fast-check generators of valid form models together with a submission each model accepts. */
import fc from 'fast-check';
import type { Condition } from './condition.js';
import type { FieldType, FormField, FormModel, Localized } from './form-model.js';

export interface FieldSample {
  field: FormField;
  /** a value the field accepts; undefined means "leave it out" */
  sample: unknown;
}

const text = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '');
const localized: fc.Arbitrary<Localized> = fc.record({ zh: text, en: text });

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoOfDay = (day: number): string => {
  const d = new Date(day * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
/** days from 2000-01-01 to about 2040 */
const dayArb = fc.integer({ min: 10_957, max: 25_567 });

const common = fc.record({
  label: localized,
  required: fc.boolean(),
  width: fc.option(fc.constantFrom<6 | 8 | 12 | 16 | 24>(6, 8, 12, 16, 24), { nil: undefined }),
  help: fc.option(localized, { nil: undefined }),
  shown: fc.boolean(),
});

/** a rule that always holds, so a required field stays required */
const ALWAYS: Condition = { op: 'notEmpty', operand: { value: 1 } };

type Base = { label: Localized; required: boolean; width?: 6 | 8 | 12 | 16 | 24; help?: Localized; shown: boolean };

function make(type: FieldType, base: Base, extra: Partial<FormField>): FormField {
  const f: FormField = { key: 'k', type, label: base.label, ...extra };
  if (base.required) f.required = true;
  if (base.width !== undefined) f.width = base.width;
  if (base.help !== undefined) f.help = base.help;
  if (base.shown) f.visibleWhen = ALWAYS;
  return f;
}

/** A decimal grid: min, max and a sample on it, for numbers with `precision` places. */
const numberGrid = (minFloor: number) =>
  fc.record({ precision: fc.integer({ min: 0, max: 3 }), lo: fc.integer({ min: minFloor, max: 1000 }), span: fc.integer({ min: 0, max: 1000 }), at: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ precision, lo, span, at }) => {
    const step = Number(`1e-${precision}`);
    const j = Math.floor(at * span);
    const fix = (k: number) => Number((k * step).toFixed(precision));
    return { precision, min: fix(lo), max: fix(lo + span), sample: fix(lo + j) };
  });

const optionList = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 5 });

function fieldOf(type: FieldType): fc.Arbitrary<FieldSample> {
  switch (type) {
    case 'text':
    case 'textarea':
      return fc.tuple(common, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })).map(([b, lo, span, j]) => {
        const min = b.required ? Math.max(lo, 1) : lo;
        const len = min + (j % (span + 1));
        return { field: make(type, b, { minLength: lo, maxLength: min + span }), sample: 'x'.repeat(len) };
      });
    case 'number':
      return fc.tuple(common, numberGrid(-1000)).map(([b, g]) => ({ field: make(type, b, { min: g.min, max: g.max, precision: g.precision }), sample: g.sample }));
    case 'money':
      return fc.tuple(common, numberGrid(0), fc.constantFrom('CNY', 'USD')).map(([b, g, currency]) => ({
        field: make(type, b, { min: g.min, max: g.max, precision: g.precision, currency }),
        sample: g.sample,
      }));
    case 'date':
      return fc.tuple(common, dayArb, fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 1, noNaN: true })).map(([b, lo, span, at]) => ({
        field: make(type, b, { minDate: isoOfDay(lo), maxDate: isoOfDay(lo + span) }),
        sample: isoOfDay(lo + Math.floor(at * span)),
      }));
    case 'dateRange':
      return fc.tuple(common, dayArb, fc.integer({ min: 0, max: 30 })).map(([b, from, len]) => ({ field: make(type, b, {}), sample: [isoOfDay(from), isoOfDay(from + len)] }));
    case 'time':
      return fc.tuple(common, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([b, h, m]) => ({ field: make(type, b, {}), sample: `${pad(h)}:${pad(m)}` }));
    case 'select':
    case 'radio':
      return fc.tuple(common, optionList, fc.nat()).map(([b, values, i]) => ({
        field: make(type, b, { options: values.map((v) => ({ value: v, label: { zh: v, en: v } })) }),
        sample: values[i % values.length],
      }));
    case 'multiSelect':
    case 'checkbox':
      return fc.tuple(common, optionList, fc.nat(), fc.nat(), fc.nat()).map(([b, values, a, c, d]) => {
        const n = values.length;
        const lo = a % (n + 1);
        const hi = lo + (c % (n - lo + 1));
        const count = Math.max(lo + (d % (hi - lo + 1)), b.required ? 1 : 0);
        const max = Math.max(hi, count);
        return {
          field: make(type, b, { options: values.map((v) => ({ value: v, label: { zh: v, en: v } })), minSelected: lo, maxSelected: max }),
          sample: values.slice(0, count),
        };
      });
    case 'user':
    case 'department':
      return fc.tuple(common, fc.boolean(), fc.integer({ min: 1, max: 3 })).map(([b, multiple, n]) => ({
        field: make(type, b, multiple ? { multiple } : {}),
        sample: multiple ? Array.from({ length: n }, (_, i) => `id-${i}`) : 'id-0',
      }));
    case 'attachment':
    case 'image':
      return fc.tuple(common, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 1 << 20 }), fc.nat()).map(([b, maxCount, maxSizeBytes, j]) => {
        const count = Math.max(j % (maxCount + 1), b.required ? 1 : 0);
        const mime = type === 'image' ? 'image/png' : 'application/pdf';
        return {
          field: make(type, b, { maxCount, maxSizeBytes, ...(type === 'attachment' ? { accept: ['application/pdf', 'image/*'] } : {}) }),
          sample: Array.from({ length: count }, (_, i) => ({ id: `f${i}`, name: `f${i}`, size: Math.min(i * 100, maxSizeBytes), type: mime })),
        };
      });
    case 'table':
      return fc.tuple(common, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.nat(), fc.array(fc.constantFrom<FieldType>('text', 'number', 'money', 'date', 'select'), { minLength: 1, maxLength: 4 }), fc.boolean()).chain(
        ([b, lo, span, j, types, withComputed]) =>
          fc.tuple(...types.map((t) => fieldOf(t).map((s) => ({ ...s, field: { ...s.field, visibleWhen: undefined } })))).map((cols) => {
            const columns = cols.map((c, i) => {
              const f: FormField = { ...c.field, key: `c${i}` };
              delete f.visibleWhen;
              return f;
            });
            const numeric = columns.find((c) => c.type === 'number' || c.type === 'money');
            if (withComputed && numeric) {
              columns.push({ key: 'calc', type: 'computed', label: { zh: '计', en: 'Calc' }, formula: { op: 'mul', left: { field: numeric.key, ifEmpty: 0 }, right: { value: 2 } } });
            }
            const min = b.required ? Math.max(lo, 1) : lo;
            const rows = min + (j % (span + 1));
            const row: Record<string, unknown> = {};
            cols.forEach((c, i) => {
              if (c.sample !== undefined) row[`c${i}`] = c.sample;
            });
            return {
              field: make('table', b, { columns, minRows: lo, maxRows: min + span, ...(numeric ? { sumColumns: [numeric.key] } : {}) }),
              sample: Array.from({ length: rows }, () => ({ ...row })),
            };
          }),
      );
    case 'computed':
      return fc.tuple(common, fc.integer({ min: -100, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 4 })).map(([b, x, y, precision]) => ({
        field: make(type, { ...b, shown: false }, { formula: { op: 'div', left: { value: x }, right: { value: y } }, precision }),
        // whatever is sent, the server recomputes it
        sample: 'ignored',
      }));
    case 'description':
      return common.map((b) => ({ field: make(type, { ...b, required: false }, {}), sample: undefined }));
    case 'serialNumber':
      return common.map((b) => ({ field: make(type, b, {}), sample: b.required ? undefined : 'SN-2026-0001' }));
    case 'signature':
      return common.map((b) => ({ field: make(type, b, {}), sample: 'sig-1' }));
  }
}

export const FIELD_TYPE_ARB = fc.constantFrom<FieldType>(
  'text', 'textarea', 'number', 'money', 'date', 'dateRange', 'time', 'select', 'multiSelect', 'radio',
  'checkbox', 'user', 'department', 'attachment', 'image', 'table', 'computed', 'description', 'serialNumber', 'signature',
);

export interface ModelSample {
  model: FormModel;
  data: Record<string, unknown>;
}

/** A valid model of 1–`max` fields of random types and a submission it accepts (optional fields sometimes left out). */
export const modelWithSample = (max = 12): fc.Arbitrary<ModelSample> =>
  fc.array(FIELD_TYPE_ARB.chain(fieldOf).chain((s) => fc.boolean().map((keep) => ({ ...s, keep }))), { minLength: 1, maxLength: max }).map((samples) => {
    const fields: FormField[] = [];
    const data: Record<string, unknown> = {};
    samples.forEach((s, i) => {
      const key = `f${i}`;
      const field = { ...s.field, key };
      if (field.visibleWhen === undefined) delete field.visibleWhen;
      fields.push(field);
      const needed = field.required === true;
      if (s.sample !== undefined && (needed || s.keep)) data[key] = s.sample;
    });
    return { model: { modelVersion: 1, key: 'random', title: { zh: '随机', en: 'Random' }, fields }, data };
  });
