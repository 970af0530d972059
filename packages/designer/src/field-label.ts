import type { FormField, Localized } from '@signoff/schema';
import { FIELD_TYPE_NAMES, isFieldType } from './field-palette.js';
import { isLocalized } from './json-data.js';

/** A field's label; where an imported model left it broken, its key, else its type's name. Always two strings. */
export function labelOf(f: FormField): Localized {
  if (isLocalized(f.label)) return f.label;
  const key: unknown = f.key;
  if (typeof key === 'string' && key !== '') return { zh: key, en: key };
  return isFieldType(f.type) ? FIELD_TYPE_NAMES[f.type] : { zh: '字段', en: 'Field' };
}

/** The label of a duplicate: 请假天数 → 请假天数 副本, Days → Days copy. */
export const copyLabel = (l: Localized): Localized => ({ zh: `${l.zh} 副本`, en: `${l.en} copy` });
