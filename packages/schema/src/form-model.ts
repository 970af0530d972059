import type { Condition } from './condition.js';
import type { Formula } from './formula.js';

/** Text shown to people, always in both of Signoff's languages. */
export interface Localized {
  zh: string;
  en: string;
}

export type Locale = 'zh' | 'en';

/** Field types of the designer. */
export type FieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'money'
  | 'date'
  | 'dateRange'
  | 'time'
  | 'select'
  | 'multiSelect'
  | 'radio'
  | 'checkbox'
  | 'user'
  | 'department'
  | 'attachment'
  | 'image'
  | 'table'
  | 'computed'
  | 'description'
  | 'serialNumber'
  | 'signature';

/** Every field type, in the designer's palette order. */
export const FIELD_TYPES: readonly FieldType[] = [
  'text', 'textarea', 'number', 'money', 'date', 'dateRange', 'time', 'select', 'multiSelect', 'radio',
  'checkbox', 'user', 'department', 'attachment', 'image', 'table', 'computed', 'description', 'serialNumber', 'signature',
];

export interface FieldOption {
  value: string;
  label: Localized;
}

/** One uploaded file as a submission carries it (attachment and image fields hold a list of these). */
export interface FileRef {
  /** the storage id the upload endpoint returned */
  id: string;
  name: string;
  /** bytes */
  size: number;
  /** MIME type, e.g. `application/pdf` */
  type: string;
}

export interface FormField {
  key: string;
  type: FieldType;
  label: Localized;
  help?: Localized;
  placeholder?: Localized;
  required?: boolean;
  default?: unknown;
  readOnly?: boolean;
  hidden?: boolean;
  /** Share of the row on desktop, in 24ths (antd grid). Phones always use the full row. */
  width?: 6 | 8 | 12 | 16 | 24;
  /**
   * Show the field only when this holds (over the form's other fields and the applicant). A field
   * hidden by its rule is neither required nor kept: the server drops its value. Top-level fields only.
   */
  visibleWhen?: Condition;

  /** number / money */
  min?: number;
  max?: number;
  /** number / money / computed: decimal places (money defaults to 2; computed rounds its result) */
  precision?: number;
  /** money: ISO 4217 code, `CNY` when absent */
  currency?: string;
  /** money: also show the amount in Chinese capitals (大写金额); on by default for CNY */
  capitals?: boolean;

  /** text / textarea */
  minLength?: number;
  maxLength?: number;

  /** date / dateRange: earliest and latest allowed day, `YYYY-MM-DD` */
  minDate?: string;
  maxDate?: string;

  /** select / multiSelect / radio / checkbox */
  options?: FieldOption[];
  /** multiSelect / checkbox: how many options may be chosen */
  minSelected?: number;
  maxSelected?: number;

  /** user / department: pick several rather than one (the value becomes a list of ids) */
  multiple?: boolean;

  /** attachment / image: at most this many files */
  maxCount?: number;
  /** attachment / image: at most this many bytes per file */
  maxSizeBytes?: number;
  /** attachment / image: accepted MIME types, `image/*` style wildcards allowed (image defaults to `image/*`) */
  accept?: string[];

  /** table: the columns of one row; a column is a field of its own but may not be a table */
  columns?: FormField[];
  /** table */
  minRows?: number;
  maxRows?: number;
  /** table: keys of number, money or computed columns whose totals are shown under the table */
  sumColumns?: string[];

  /** computed: how the value is worked out; the server recomputes it and ignores what was submitted */
  formula?: Formula;
}

export interface FormModel {
  modelVersion: 1;
  key: string;
  title: Localized;
  fields: FormField[];
}
