import type { FieldType, FormField, Localized } from './form-model.js';

/** Which component renders a field. Today one per field type; kept apart so a designer option (say, a select drawn as radio buttons) can change it without changing the data. */
export type UiWidget = FieldType;

export type FieldWidth = NonNullable<FormField['width']>;

export interface UiOption {
  value: string;
  label: Localized;
}

export interface UiField {
  widget: UiWidget;
  label: Localized;
  help?: Localized;
  placeholder?: Localized;
  width: FieldWidth;
  required?: boolean;
  options?: UiOption[];
  /** decimal places the input allows (number, money) */
  precision?: number;
  readOnly?: boolean;
  hidden?: boolean;
  /** table: one entry per column, in display order */
  columns?: UiColumn[];
}

export interface UiColumn extends UiField {
  key: string;
}

/** How to draw the form: the order of fields and how each one looks. The data contract is the JSON Schema; this is presentation only. */
export interface UiSchema {
  formKey: string;
  title: Localized;
  /** every field key, description fields included, in display order */
  order: string[];
  fields: Record<string, UiField>;
}
