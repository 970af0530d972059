import type { FieldType, FormField } from '@signoff/schema';

/** What every field has: its name, where it sits, when it shows. */
const BASE = ['key', 'label', 'help', 'width', 'hidden', 'visibleWhen'] as const;
/** …and what a field the applicant fills has on top. */
const INPUT = [...BASE, 'required', 'readOnly'] as const;

/**
 * The settings the property panel may change, per field type. Columns of a table are edited with
 * the field commands (add, move, remove), never by a patch, so that every change is one the UI can follow.
 */
export const FIELD_PROPERTIES = {
  text: [...INPUT, 'placeholder', 'default', 'minLength', 'maxLength'],
  textarea: [...INPUT, 'placeholder', 'default', 'minLength', 'maxLength'],
  number: [...INPUT, 'placeholder', 'default', 'min', 'max', 'precision'],
  money: [...INPUT, 'placeholder', 'default', 'min', 'max', 'precision', 'currency', 'capitals'],
  date: [...INPUT, 'placeholder', 'default', 'minDate', 'maxDate'],
  dateRange: [...INPUT, 'placeholder', 'default', 'minDate', 'maxDate'],
  time: [...INPUT, 'placeholder', 'default'],
  select: [...INPUT, 'placeholder', 'default', 'options'],
  radio: [...INPUT, 'default', 'options'],
  multiSelect: [...INPUT, 'placeholder', 'default', 'options', 'minSelected', 'maxSelected'],
  checkbox: [...INPUT, 'default', 'options', 'minSelected', 'maxSelected'],
  user: [...INPUT, 'placeholder', 'multiple'],
  department: [...INPUT, 'placeholder', 'multiple'],
  attachment: [...INPUT, 'maxCount', 'maxSizeBytes', 'accept'],
  image: [...INPUT, 'maxCount', 'maxSizeBytes', 'accept'],
  table: [...INPUT, 'minRows', 'maxRows', 'sumColumns'],
  computed: [...BASE, 'formula', 'precision'],
  description: BASE,
  serialNumber: BASE,
  signature: INPUT,
} as const satisfies Record<FieldType, readonly (keyof FormField)[]>;

/** The property names a field of type `T` may be patched with. */
export type FieldProperty<T extends FieldType> = (typeof FIELD_PROPERTIES)[T][number];

/** The value a default has, per type; types without a default are absent. */
export interface DefaultValues {
  text: string;
  textarea: string;
  number: number;
  money: number;
  date: string;
  dateRange: [string, string];
  time: string;
  select: string;
  radio: string;
  multiSelect: string[];
  checkbox: string[];
}

/**
 * A change to one field of type `T`: the properties to set. A property given as `undefined` is
 * removed (a limit cleared). Changing `key` renames the field and every rule, formula and total
 * that reads it.
 */
export type FieldPatch<T extends FieldType> = {
  [K in FieldProperty<T>]?: K extends 'default'
    ? T extends keyof DefaultValues
      ? DefaultValues[T]
      : never
    : FormField[K];
};

const ALLOWED: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(FIELD_PROPERTIES).map(([type, props]) => [type, new Set<string>(props)]),
);

/** Whether a field of that type has that property in the panel; false for any type that does not exist. */
export const isPatchable = (type: unknown, property: string): boolean =>
  typeof type === 'string' && Object.hasOwn(ALLOWED, type) && (ALLOWED[type]?.has(property) ?? false);
