import type { FormField, Localized } from './form-model.js';
import type { UiColumn, UiField } from './ui-schema.js';
import { DEFAULT_CURRENCY, IMAGE_TYPES, MONEY_PRECISION } from './field-schema.js';
import { effectiveFormula, requiredWhenShown } from './form-plan.js';
import { cloneData } from './json-value.js';

const DEFAULT_WIDTH = 24;

const copy = (l: Localized): Localized => ({ zh: l.zh, en: l.en });

function precisionOf(field: FormField): number | undefined {
  if (field.type === 'money') return field.precision ?? MONEY_PRECISION;
  if (field.type === 'number' || field.type === 'computed') return field.precision;
  return undefined;
}

/** How one field looks. Keys are set in a fixed order and only when meaningful, so the output is stable and small. */
export function uiField(field: FormField): UiField {
  const ui: UiField = { widget: field.type, label: copy(field.label), width: field.width ?? DEFAULT_WIDTH };
  if (field.help) ui.help = copy(field.help);
  if (field.placeholder) ui.placeholder = copy(field.placeholder);
  if (requiredWhenShown(field)) ui.required = true;
  if (field.options) ui.options = field.options.map((o) => ({ value: o.value, label: copy(o.label) }));
  const precision = precisionOf(field);
  if (precision !== undefined) ui.precision = precision;
  if (field.readOnly || field.type === 'computed' || field.type === 'serialNumber') ui.readOnly = true;
  if (field.hidden) ui.hidden = true;
  if (field.type === 'table') ui.columns = (field.columns ?? []).map(uiColumn);
  if (field.visibleWhen) ui.visibleWhen = cloneData(field.visibleWhen);
  const formula = field.type === 'computed' ? effectiveFormula(field) : undefined;
  if (formula) ui.formula = cloneData(formula);
  if (field.type === 'money') {
    const currency = field.currency ?? DEFAULT_CURRENCY;
    ui.currency = currency;
    if (field.capitals ?? currency === DEFAULT_CURRENCY) ui.capitals = true;
  }
  if ((field.type === 'user' || field.type === 'department') && field.multiple) ui.multiple = true;
  if (field.type === 'attachment' || field.type === 'image') {
    const accept = field.accept ?? (field.type === 'image' ? IMAGE_TYPES : undefined);
    if (accept) ui.accept = [...accept];
    if (field.maxCount !== undefined) ui.maxCount = field.maxCount;
    if (field.maxSizeBytes !== undefined) ui.maxSizeBytes = field.maxSizeBytes;
  }
  if (field.type === 'table' && field.sumColumns && field.sumColumns.length > 0) ui.sumColumns = [...field.sumColumns];
  return ui;
}

function uiColumn(column: FormField): UiColumn {
  return { key: column.key, ...uiField(column) };
}
