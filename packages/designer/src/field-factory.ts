import type { FieldOption, FieldType, FormField, Localized } from '@signoff/schema';
import { FIELD_TYPE_NAMES } from './field-palette.js';

const options = (): FieldOption[] =>
  [1, 2, 3].map((n) => ({ value: `option_${n}`, label: { zh: `选项${n}`, en: `Option ${n}` } }));

/** Keys for a preview with no form around it. */
function counter(): (label: Localized, type: FieldType) => string {
  let n = 0;
  return () => `field_${++n}`;
}

/**
 * A new field of a type as the palette drops it: the type's name as its label, and what the field
 * needs to be valid at once — choices get three options, a table one text column. A calculation
 * starts without a formula, so the problems list asks for one.
 *
 * `newKey` names the field (and a table's column); the commands pass one that keeps keys unique.
 */
export function createField(
  type: FieldType,
  newKey: (label: Localized, type: FieldType) => string = counter(),
): FormField {
  const label = { ...FIELD_TYPE_NAMES[type] };
  const field: FormField = { key: newKey(label, type), type, label };
  if (type === 'select' || type === 'radio' || type === 'multiSelect' || type === 'checkbox')
    field.options = options();
  if (type === 'table') {
    const columnLabel = { ...FIELD_TYPE_NAMES.text };
    field.columns = [{ key: newKey(columnLabel, 'text'), type: 'text', label: columnLabel }];
  }
  return field;
}
