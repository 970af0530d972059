/** Text shown to people, always in both of Signoff's languages. */
export interface Localized {
  zh: string;
  en: string;
}

export type Locale = 'zh' | 'en';

/** Field types of the designer. The walking skeleton renders the first group; the rest arrive with the schema core. */
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

export interface FieldOption {
  value: string;
  label: Localized;
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
  /** number / money */
  min?: number;
  max?: number;
  precision?: number;
  /** text / textarea */
  minLength?: number;
  maxLength?: number;
  /** select / multiSelect / radio / checkbox */
  options?: FieldOption[];
  /** table: the columns of one row; a column is a field of its own but may not be a table */
  columns?: FormField[];
}

export interface FormModel {
  modelVersion: 1;
  key: string;
  title: Localized;
  fields: FormField[];
}
