/** The benchmark's form: 300 fields of every value type, a 7-column table, 29 visibility rules and 10 calculations. */
import type { FieldType, FormField, FormModel } from '@signoff/schema';

const L = (zh: string, en: string) => ({ zh, en });
const opts = (...v: string[]) => v.map((x) => ({ value: x, label: L(x, x.toUpperCase()) }));
const CYCLE: FieldType[] = [
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'time',
  'select',
  'multiSelect',
  'radio',
  'checkbox',
  'user',
  'department',
  'dateRange',
  'attachment',
  'signature',
];

function field(i: number, type: FieldType): FormField {
  const f: FormField = { key: `f${i}`, type, label: L(`字段${i}`, `Field ${i}`), required: i % 3 === 0 };
  if (type === 'number') Object.assign(f, { min: 0, max: 1000, precision: 1 });
  if (type === 'select' || type === 'radio' || type === 'multiSelect' || type === 'checkbox')
    f.options = opts('a', 'b', 'c', 'd');
  if (i > 6 && i % 10 === 0) f.visibleWhen = { op: 'in', left: { field: 'f6' }, values: ['a', 'b'] };
  return f;
}

export function bigForm(): FormModel {
  const fields: FormField[] = [];
  for (let i = 0; i < 289; i++) fields.push(field(i, CYCLE[i % CYCLE.length] ?? 'text'));
  fields.push({
    key: 'items',
    type: 'table',
    label: L('明细', 'Items'),
    sumColumns: ['amount'],
    columns: [
      { key: 'what', type: 'text', label: L('品名', 'Item'), required: true },
      { key: 'qty', type: 'number', label: L('数量', 'Qty'), precision: 0 },
      { key: 'unit', type: 'money', label: L('单价', 'Unit price') },
      {
        key: 'amount',
        type: 'computed',
        label: L('金额', 'Amount'),
        formula: { op: 'mul', left: { field: 'qty' }, right: { field: 'unit' } },
      },
      { key: 'day', type: 'date', label: L('日期', 'Date') },
      { key: 'kind', type: 'select', label: L('类别', 'Kind'), options: opts('travel', 'meal') },
      { key: 'note', type: 'text', label: L('备注', 'Note') },
    ],
  });
  for (let c = 0; c < 10; c++) {
    fields.push({
      key: `calc${c}`,
      type: 'computed',
      label: L(`合计${c}`, `Total ${c}`),
      precision: 2,
      formula:
        c === 0
          ? { op: 'sum', table: 'items', column: 'amount' }
          : { op: 'add', left: { field: `calc${c - 1}` }, right: { field: 'f2', ifEmpty: 0 } },
    });
  }
  return { modelVersion: 1, key: 'big', title: L('大表单', 'Big form'), fields };
}
