import type { FormField, Localized } from './form-model.js';
import type { UiColumn, UiField } from './ui-schema.js';
import { isRequiredField } from './field-schema.js';

const DEFAULT_WIDTH = 24;
const MONEY_PRECISION = 2;

const copy = (l: Localized): Localized => ({ zh: l.zh, en: l.en });

function precisionOf(field: FormField): number | undefined {
  if (field.type === 'money') return field.precision ?? MONEY_PRECISION;
  if (field.type === 'number') return field.precision;
  return undefined;
}

/** How one field looks. Keys are set in a fixed order and only when meaningful, so the output is stable and small. */
export function uiField(field: FormField): UiField {
  const ui: UiField = { widget: field.type, label: copy(field.label), width: field.width ?? DEFAULT_WIDTH };
  if (field.help) ui.help = copy(field.help);
  if (field.placeholder) ui.placeholder = copy(field.placeholder);
  if (isRequiredField(field)) ui.required = true;
  if (field.options) ui.options = field.options.map((o) => ({ value: o.value, label: copy(o.label) }));
  const precision = precisionOf(field);
  if (precision !== undefined) ui.precision = precision;
  if (field.readOnly || field.type === 'computed' || field.type === 'serialNumber') ui.readOnly = true;
  if (field.hidden) ui.hidden = true;
  if (field.type === 'table') ui.columns = (field.columns ?? []).map(uiColumn);
  return ui;
}

function uiColumn(column: FormField): UiColumn {
  return { key: column.key, ...uiField(column) };
}
