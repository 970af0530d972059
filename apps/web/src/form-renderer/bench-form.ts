import { compileForm, type CompiledForm, type Condition, type FieldType, type FormField, type FormModel } from '@signoff/schema';

const L = (zh: string, en: string) => ({ zh, en });
const opts = (...v: string[]) => v.map((x) => ({ value: x, label: L(x, x.toUpperCase()) }));

const CYCLE: readonly FieldType[] = ['text', 'textarea', 'number', 'money', 'date', 'time', 'select', 'multiSelect', 'radio', 'checkbox', 'user', 'department', 'dateRange', 'attachment', 'signature'];
const NO_PEOPLE: readonly FieldType[] = CYCLE.filter((t) => t !== 'user' && t !== 'department');

function field(i: number, type: FieldType): FormField {
  const base: FormField = { key: `f${i}`, type, label: L(`字段${i}`, `Field ${i}`), required: i % 3 === 0, width: i % 4 === 0 ? 24 : 12 };
  switch (type) {
    case 'text':
      return { ...base, maxLength: 50 };
    case 'textarea':
      return { ...base, maxLength: 500 };
    case 'number':
      return { ...base, min: 0, max: 1000, precision: 1 };
    case 'money':
      return { ...base, max: 1e6 };
    case 'date':
      return { ...base, minDate: '2020-01-01', maxDate: '2030-12-31' };
    case 'select':
    case 'radio':
      return { ...base, options: opts('a', 'b', 'c', 'd') };
    case 'multiSelect':
    case 'checkbox':
      return { ...base, options: opts('a', 'b', 'c', 'd'), maxSelected: 3 };
    case 'attachment':
      return { ...base, maxCount: 5, maxSizeBytes: 10 << 20, accept: ['application/pdf', 'image/*'] };
    default:
      return base;
  }
}

function sample(type: FieldType): unknown {
  switch (type) {
    case 'text':
      return '说明文字';
    case 'textarea':
      return '较长的一段说明文字，用来测一测渲染的速度。';
    case 'number':
      return 12.5;
    case 'money':
      return 1234.56;
    case 'date':
      return '2026-11-26';
    case 'time':
      return '09:30';
    case 'select':
    case 'radio':
      return 'b';
    case 'multiSelect':
    case 'checkbox':
      return ['a', 'c'];
    case 'user':
      return 'u-1';
    case 'department':
      return 'd-1';
    case 'dateRange':
      return ['2026-11-24', '2026-11-26'];
    case 'attachment':
      return [{ id: 'f-1', name: '发票.pdf', size: 123456, type: 'application/pdf' }];
    case 'signature':
      return 'sig-1';
    default:
      return undefined;
  }
}

const TABLE_COLUMNS: FormField[] = [
  { key: 'what', type: 'text', label: L('品名', 'Item'), required: true, maxLength: 50 },
  { key: 'qty', type: 'number', label: L('数量', 'Qty'), required: true, min: 1, precision: 0 },
  { key: 'unit', type: 'money', label: L('单价', 'Unit price'), required: true },
  { key: 'amount', type: 'money', label: L('金额', 'Amount'), required: true },
  { key: 'day', type: 'date', label: L('日期', 'Date') },
  { key: 'kind', type: 'select', label: L('类别', 'Kind'), options: opts('travel', 'meal', 'office') },
  { key: 'note', type: 'text', label: L('备注', 'Note'), maxLength: 100 },
];

const row = (i: number) => ({ what: `物品${i}`, qty: (i % 5) + 1, unit: 10.5, amount: ((i % 5) + 1) * 10.5, day: '2026-11-26', kind: 'meal', note: '无' });

export interface BenchFormOptions {
  /** every tenth field shown by a rule on `f6`, a computed table column and ten computed totals (default true) */
  rules?: boolean;
  /** rows the sample data fills the table with (default 50) */
  rows?: number;
  /**
   * include user and department pickers (default true). They look names up through tRPC, so the
   * page that mounts the form needs the app's TRPCProvider and QueryClientProvider.
   */
  people?: boolean;
}

/**
 * The renderer's benchmark form: 299 fields cycling through the field types plus a detail table,
 * with sample data that fills every field and the table's rows. The same shape as the schema
 * package's validation benchmark, so the renderer and RJSF are measured on one JSON Schema.
 */
export function buildBenchForm({ rules = true, rows = 50, people = true }: BenchFormOptions = {}): CompiledForm & { model: FormModel; data: Record<string, unknown> } {
  const cycle = people ? CYCLE : NO_PEOPLE;
  const computed = rules ? 10 : 0;
  const shown: Condition = { op: 'in', left: { field: 'f6' }, values: ['a', 'b'] };
  const fields: FormField[] = [];
  const data: Record<string, unknown> = {};
  for (let i = 0; i < 299 - computed; i++) {
    const type = cycle[i % cycle.length] ?? 'text';
    const f = field(i, type);
    if (rules && i > 6 && i % 10 === 0) f.visibleWhen = shown;
    fields.push(f);
    data[f.key] = sample(type);
  }
  const money = fields.filter((f) => f.type === 'money').map((f) => f.key);
  const columns = rules
    ? [...TABLE_COLUMNS, { key: 'subtotal', type: 'computed' as const, label: L('小计', 'Subtotal'), precision: 2, formula: { op: 'mul' as const, left: { field: 'qty' }, right: { field: 'unit' } } }]
    : TABLE_COLUMNS;
  fields.push({ key: 'items', type: 'table', label: L('明细', 'Items'), required: true, maxRows: 200, sumColumns: ['amount'], width: 24, columns });
  data.items = Array.from({ length: rows }, (_, i) => row(i));
  for (let c = 0; c < computed; c++) {
    fields.push({
      key: `calc${c}`,
      type: 'computed',
      label: L(`合计${c}`, `Total ${c}`),
      precision: 2,
      width: 12,
      formula:
        c === 0
          ? { op: 'sum', table: 'items', column: 'subtotal' }
          : { op: 'add', left: { field: `calc${c - 1}` }, right: { field: money[c % money.length] ?? 'f3', ifEmpty: 0 } },
    });
  }
  const model: FormModel = { modelVersion: 1, key: 'bench', title: L('大表单', 'Big form'), fields };
  return { model, ...compileForm(model), data };
}
