import { FIELD_TYPES, MODEL_FIELD_PROPERTIES, type FieldType, type FormField } from '@signoff/schema';

/** Set by the command that adds a field, or edited with the field commands (add, move, remove a column), never by a patch. */
type NotPatched = 'type' | 'columns';

/** The property names a field of type `T` may be patched with. */
export type FieldProperty<T extends FieldType> = Exclude<
  (typeof MODEL_FIELD_PROPERTIES)[T][number],
  NotPatched
>;

/**
 * The settings the property panel may change, per field type: the model's properties of that type
 * (`MODEL_FIELD_PROPERTIES`, which the JSON view checks too) without the type and a table's columns,
 * so that every change is one the UI can follow.
 */
export const FIELD_PROPERTIES = Object.fromEntries(
  FIELD_TYPES.map((type) => [
    type,
    (MODEL_FIELD_PROPERTIES[type] as readonly string[]).filter((p) => p !== 'type' && p !== 'columns'),
  ]),
) as unknown as { readonly [T in FieldType]: readonly FieldProperty<T>[] }; // fromEntries loses the per-type keys

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
