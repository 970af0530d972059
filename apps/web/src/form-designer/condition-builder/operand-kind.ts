import type { ApplicantAttribute, FieldType, FormField, Locale } from '@signoff/schema';
import { designerStrings, fill } from '../designer.i18n';

/** The left side of a row: a form field or an applicant attribute (never a literal). */
export type OperandRef = { field: string } | { applicant: ApplicantAttribute };

/**
 * What kind of value the right side holds, which decides the value picker. `id` covers people,
 * departments and signatures, whose values are ids nobody types; `opaque` covers files, tables and
 * date ranges; `none` a description or a field that no longer exists.
 */
export type ValueKind =
  | 'number'
  | 'date'
  | 'time'
  | 'text'
  | 'option'
  | 'options'
  | 'opaque'
  | 'id'
  | 'rank'
  | 'name'
  | 'names'
  | 'none';

export const APPLICANT_ATTRIBUTES: readonly ApplicantAttribute[] = [
  'rank',
  'department',
  'departments',
  'positions',
];

const FIELD_KINDS: Record<FieldType, ValueKind> = {
  text: 'text',
  textarea: 'text',
  number: 'number',
  money: 'number',
  computed: 'number',
  date: 'date',
  time: 'time',
  select: 'option',
  radio: 'option',
  multiSelect: 'options',
  checkbox: 'options',
  dateRange: 'opaque',
  attachment: 'opaque',
  image: 'opaque',
  table: 'opaque',
  user: 'id',
  department: 'id',
  signature: 'id',
  serialNumber: 'id',
  description: 'none',
};

const APPLICANT_KINDS: Record<ApplicantAttribute, ValueKind> = {
  rank: 'rank',
  department: 'name',
  departments: 'names',
  positions: 'names',
};

export const isFieldRef = (ref: OperandRef): ref is { field: string } => 'field' in ref;

export function fieldOf(ref: OperandRef, fields: readonly FormField[]): FormField | undefined {
  return isFieldRef(ref) ? fields.find((f) => f.key === ref.field) : undefined;
}

export function operandKind(ref: OperandRef, fields: readonly FormField[]): ValueKind {
  if (!isFieldRef(ref)) return APPLICANT_KINDS[ref.applicant];
  const f = fieldOf(ref, fields);
  return f ? FIELD_KINDS[f.type] : 'none';
}

/** A field or applicant operand of a stored condition, or undefined for a literal or malformed one. */
export function asRef(operand: unknown): OperandRef | undefined {
  if (!operand || typeof operand !== 'object') return undefined;
  const o = operand as Record<string, unknown>;
  if (typeof o.field === 'string') return { field: o.field };
  const attr = APPLICANT_ATTRIBUTES.find((a) => a === o.applicant);
  return attr ? { applicant: attr } : undefined;
}

/** One string per operand, for select values: `field:days`, `applicant:rank`. */
export const refKey = (ref: OperandRef): string =>
  isFieldRef(ref) ? `field:${ref.field}` : `applicant:${ref.applicant}`;

export function parseRefKey(key: string): OperandRef | undefined {
  if (key.startsWith('field:')) return { field: key.slice('field:'.length) };
  const name = key.startsWith('applicant:') ? key.slice('applicant:'.length) : '';
  const attr = APPLICANT_ATTRIBUTES.find((a) => a === name);
  return attr ? { applicant: attr } : undefined;
}

/** A field's label in the language, falling back to Chinese, as designers name their fields. */
export const fieldLabel = (f: FormField, lang: Locale): string => f.label[lang] || f.label.zh || f.key;

/** What a person calls the operand: the field's label, or "the applicant's rank". */
export function operandName(ref: OperandRef, fields: readonly FormField[], lang: Locale): string {
  const s = designerStrings[lang].operand;
  if (!isFieldRef(ref)) return s[ref.applicant];
  const f = fieldOf(ref, fields);
  return f ? fieldLabel(f, lang) : fill(s.deleted, { key: ref.field });
}
