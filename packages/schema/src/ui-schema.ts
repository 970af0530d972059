import type { Condition } from './condition.js';
import type { FieldType, FormField, Localized } from './form-model.js';
import type { Formula } from './formula.js';

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
  /** must be filled while shown */
  required?: boolean;
  options?: UiOption[];
  /** decimal places the input allows (number, money) or the result is rounded to (computed) */
  precision?: number;
  readOnly?: boolean;
  hidden?: boolean;
  /** table: one entry per column, in display order */
  columns?: UiColumn[];
  /** show the field only while this holds; evaluate with `evaluateCondition` over the form's current values */
  visibleWhen?: Condition;
  /** computed: the formula, rounding included; evaluate with `evaluateFormulas` or `evaluateFormula` */
  formula?: Formula;
  /** money: ISO 4217 code */
  currency?: string;
  /** money: also show the amount in Chinese capitals (`amountInChinese`) */
  capitals?: boolean;
  /** user / department: several may be picked */
  multiple?: boolean;
  /** attachment / image: accepted MIME types */
  accept?: string[];
  /** attachment / image */
  maxCount?: number;
  maxSizeBytes?: number;
  /** table: columns whose totals are shown under the table */
  sumColumns?: string[];
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
