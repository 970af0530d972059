import type { FieldType, FormField, FormModel, Localized } from './form-model.js';
import { requiredWhenShown } from './form-plan.js';
import { IMAGE_TYPES, MONEY_PRECISION } from './field-schema.js';
import { stableStringify } from './stable-stringify.js';

export type FormChangeKind =
  | 'field_added'
  | 'field_removed'
  | 'type_changed'
  | 'became_required'
  | 'became_optional'
  | 'option_added'
  | 'option_removed'
  | 'range_narrowed'
  | 'range_widened'
  | 'label_changed'
  | 'formula_changed'
  | 'visibility_changed'
  | 'currency_changed';

export interface FormChange {
  /** the field's key; a table column as `items.amount` */
  field: string;
  kind: FormChangeKind;
  /** whether data valid under the old version (or a client written for it) can fail under the new one */
  breaking: boolean;
  message: Localized;
}

/** Types whose values look the same, so switching between them changes only the widget. */
const SAME_SHAPE: readonly (readonly FieldType[])[] = [['text', 'textarea'], ['select', 'radio'], ['multiSelect', 'checkbox']];
const sameShape = (a: FieldType, b: FieldType) => a === b || SAME_SHAPE.some((g) => g.includes(a) && g.includes(b));

interface Named {
  key: string;
  name: Localized;
}

function named(field: FormField, table?: FormField): Named {
  const own = { zh: `「${field.label.zh}」`, en: `"${field.label.en}"` };
  if (!table) return { key: field.key, name: { zh: `${own.zh}(${field.key})`, en: `${own.en} (${field.key})` } };
  const key = `${table.key}.${field.key}`;
  return { key, name: { zh: `「${table.label.zh}」的列${own.zh}(${key})`, en: `"${table.label.en}" column ${own.en} (${key})` } };
}

type Limit = { lo: boolean; get: (f: FormField) => number | string | undefined; what: Localized };

/** Limits whose tightening refuses data the old version took; `lo` when raising the value tightens it. */
const LIMITS: Limit[] = [
  { lo: true, get: (f) => f.min ?? (f.type === 'money' ? 0 : undefined), what: { zh: '最小值', en: 'minimum' } },
  { lo: false, get: (f) => f.max, what: { zh: '最大值', en: 'maximum' } },
  { lo: true, get: (f) => f.minLength, what: { zh: '最少字数', en: 'minimum length' } },
  { lo: false, get: (f) => f.maxLength, what: { zh: '最多字数', en: 'maximum length' } },
  { lo: false, get: (f) => (f.type === 'money' ? (f.precision ?? MONEY_PRECISION) : f.type === 'number' ? f.precision : undefined), what: { zh: '小数位数', en: 'decimal places' } },
  { lo: true, get: (f) => f.minDate, what: { zh: '最早日期', en: 'earliest date' } },
  { lo: false, get: (f) => f.maxDate, what: { zh: '最晚日期', en: 'latest date' } },
  { lo: true, get: (f) => f.minSelected, what: { zh: '最少选择数', en: 'minimum number of choices' } },
  { lo: false, get: (f) => f.maxSelected, what: { zh: '最多选择数', en: 'maximum number of choices' } },
  { lo: true, get: (f) => f.minRows, what: { zh: '最少行数', en: 'minimum number of rows' } },
  { lo: false, get: (f) => f.maxRows, what: { zh: '最多行数', en: 'maximum number of rows' } },
  { lo: false, get: (f) => f.maxCount, what: { zh: '最多文件数', en: 'maximum number of files' } },
  { lo: false, get: (f) => f.maxSizeBytes, what: { zh: '单个文件大小上限', en: 'maximum file size' } },
];

const show = (v: number | string | undefined): Localized => (v === undefined ? { zh: '无', en: 'none' } : { zh: String(v), en: String(v) });

/** Whether limit `b` refuses something limit `a` allowed (undefined is no limit). */
function tighter(lo: boolean, a: number | string | undefined, b: number | string | undefined): boolean {
  if (b === undefined) return false;
  if (a === undefined) return true;
  return lo ? b > a : b < a;
}

const acceptOf = (f: FormField): string[] | undefined => f.accept ?? (f.type === 'image' ? IMAGE_TYPES : undefined);

function compareField(a: FormField, b: FormField, who: Named, out: FormChange[], table?: FormField): void {
  const add = (kind: FormChangeKind, breaking: boolean, zh: string, en: string) =>
    out.push({ field: who.key, kind, breaking, message: { zh: `${who.name.zh}${zh}`, en: `${who.name.en}${en}` } });

  if (a.type !== b.type || (a.multiple === true) !== (b.multiple === true)) {
    const from = a.multiple ? `${a.type} (multiple)` : a.type;
    const to = b.multiple ? `${b.type} (multiple)` : b.type;
    add('type_changed', !(sameShape(a.type, b.type) && (a.multiple === true) === (b.multiple === true)), ` 的类型由 ${from} 改为 ${to}`, `: type changed from ${from} to ${to}`);
    if (!sameShape(a.type, b.type)) return;
  }
  if (a.label.zh !== b.label.zh || a.label.en !== b.label.en) {
    add('label_changed', false, ` 的名称改为「${b.label.zh}」`, `: label changed to "${b.label.en}"`);
  }
  const wasRequired = requiredWhenShown(a);
  const isRequired = requiredWhenShown(b);
  if (!wasRequired && isRequired) add('became_required', true, ' 改为必填', ' became required');
  if (wasRequired && !isRequired) add('became_optional', false, ' 改为选填', ' became optional');

  const oldOptions = new Set((a.options ?? []).map((o) => o.value));
  const newOptions = new Set((b.options ?? []).map((o) => o.value));
  for (const v of oldOptions) if (!newOptions.has(v)) add('option_removed', true, ` 删除了选项「${v}」`, `: option "${v}" removed`);
  for (const v of newOptions) if (!oldOptions.has(v)) add('option_added', false, ` 新增了选项「${v}」`, `: option "${v}" added`);

  for (const limit of LIMITS) {
    const x = limit.get(a);
    const y = limit.get(b);
    if (x === y) continue;
    const narrowed = tighter(limit.lo, x, y);
    const widened = tighter(limit.lo, y, x);
    if (!narrowed && !widened) continue;
    const [ox, oy] = [show(x), show(y)];
    add(narrowed ? 'range_narrowed' : 'range_widened', narrowed,
      ` 的${limit.what.zh}由 ${ox.zh} 改为 ${oy.zh}${narrowed ? '（收紧）' : '（放宽）'}`,
      `: ${limit.what.en} changed from ${ox.en} to ${oy.en} (${narrowed ? 'narrowed' : 'widened'})`);
  }

  const oldAccept = acceptOf(a);
  const newAccept = acceptOf(b);
  if (stableStringify(oldAccept) !== stableStringify(newAccept)) {
    const narrowed = newAccept !== undefined && (oldAccept === undefined || oldAccept.some((t) => !newAccept.includes(t)));
    const list = (l: string[] | undefined) => (l ? l.join(', ') : '*');
    add(narrowed ? 'range_narrowed' : 'range_widened', narrowed,
      ` 接受的文件类型由 ${list(oldAccept)} 改为 ${list(newAccept)}`,
      `: accepted file types changed from ${list(oldAccept)} to ${list(newAccept)}`);
  }
  if (a.type === 'money' && (a.currency ?? 'CNY') !== (b.currency ?? 'CNY')) {
    add('currency_changed', true, ` 的币种由 ${a.currency ?? 'CNY'} 改为 ${b.currency ?? 'CNY'}`, `: currency changed from ${a.currency ?? 'CNY'} to ${b.currency ?? 'CNY'}`);
  }
  if (a.type === 'computed' && (stableStringify(a.formula) !== stableStringify(b.formula) || a.precision !== b.precision)) {
    add('formula_changed', false, ' 的公式已修改', ': formula changed');
  }
  if (!table && stableStringify(a.visibleWhen) !== stableStringify(b.visibleWhen)) {
    add('visibility_changed', false, ' 的显示条件已修改', ': visibility rule changed');
  }
  if (a.type === 'table' && b.type === 'table') compareFields(a.columns ?? [], b.columns ?? [], out, b);
}

function compareFields(before: readonly FormField[], after: readonly FormField[], out: FormChange[], table?: FormField): void {
  const oldByKey = new Map(before.map((f) => [f.key, f]));
  const newByKey = new Map(after.map((f) => [f.key, f]));
  for (const f of before) {
    if (newByKey.has(f.key) || f.type === 'description') continue;
    const who = named(f, table);
    out.push({ field: who.key, kind: 'field_removed', breaking: true, message: { zh: `删除了字段${who.name.zh}`, en: `Removed the field ${who.name.en}` } });
  }
  for (const f of after) {
    const old = oldByKey.get(f.key);
    // Named as the old version called it, so "label changed" reads from the old name to the new.
    const who = named(old ?? f, table);
    if (!old) {
      if (f.type === 'description') continue;
      const required = requiredWhenShown(f);
      out.push({
        field: who.key,
        kind: 'field_added',
        breaking: required,
        message: required
          ? { zh: `新增了必填字段${who.name.zh}`, en: `Added the required field ${who.name.en}` }
          : { zh: `新增了选填字段${who.name.zh}`, en: `Added the optional field ${who.name.en}` },
      });
      continue;
    }
    compareField(old, f, who, out, table);
  }
}

/**
 * What changed between two versions of a form, field by field, each change marked breaking when
 * data the old version accepted may be refused by the new one (field removed, type changed, newly
 * required, option removed, a limit tightened) so publishing can warn. Labels, added optional
 * fields, added options and widened limits are not breaking. Table columns are compared as fields.
 */
export function diffForms(before: FormModel, after: FormModel): FormChange[] {
  const out: FormChange[] = [];
  compareFields(before.fields, after.fields, out);
  return out;
}
