import type { FieldType, FormField } from './form-model.js';
import type { JsonSchema } from './json-schema.js';
import { cloneData, cloneJson, isJson } from './json-value.js';
import { effectiveFormula, requiredWhenShown } from './form-plan.js';

/** Turns one field into the schema of its value; `null` means the field holds no data (description text). */
type FieldSchemaCompiler = (field: FormField) => JsonSchema | null;

/** HH:mm. Not `format: time`, which is RFC 3339 full-time and demands seconds and an offset a time picker never has. */
export const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
export const MONEY_PRECISION = 2;
export const DEFAULT_CURRENCY = 'CNY';
/** What an image field accepts when the designer says nothing. */
export const IMAGE_TYPES = ['image/*'];

/** `10 ** -p` drifts (1e-3 becomes 0.0010000000000000002); parsing the literal gives the exact double a person would write. */
export function stepOfPrecision(precision: number): number {
  return Number(`1e-${precision}`);
}

const label = (title: string, zh: string): Pick<JsonSchema, 'title' | 'x-label'> => ({ title, 'x-label': { zh, en: title } });

function dateSchema(field: FormField): JsonSchema {
  const schema: JsonSchema = { type: 'string', format: 'date' };
  if (field.minDate !== undefined) schema.formatMinimum = field.minDate;
  if (field.maxDate !== undefined) schema.formatMaximum = field.maxDate;
  return schema;
}

function numberSchema(field: FormField, defaults: { min?: number; precision?: number }): JsonSchema {
  const precision = field.precision ?? defaults.precision;
  const min = field.min ?? defaults.min;
  const schema: JsonSchema = { type: precision === 0 ? 'integer' : 'number' };
  if (min !== undefined) schema.minimum = min;
  if (field.max !== undefined) schema.maximum = field.max;
  if (precision !== undefined && precision > 0) schema.multipleOf = stepOfPrecision(precision);
  return schema;
}

/**
 * Whether the value must be non-blank: a required field that is always shown. A field with a
 * visibility rule is required only while shown, which the validator checks itself, so its schema
 * stays optional and accepts blank.
 */
const staticallyRequired = (field: FormField): boolean => requiredWhenShown(field) && !field.visibleWhen;

function textSchema(field: FormField): JsonSchema {
  const schema: JsonSchema = { type: 'string' };
  // JSON Schema's `required` accepts "", but a person reads a required box left blank as missing.
  const minLength = Math.max(field.minLength ?? 0, staticallyRequired(field) ? 1 : 0);
  if (minLength > 0) schema.minLength = minLength;
  if (field.maxLength !== undefined) schema.maxLength = field.maxLength;
  return schema;
}

const optionValues = (field: FormField): string[] => (field.options ?? []).map((o) => o.value);

/** A required list field needs at least one entry, for the same reason as `textSchema`. */
function listSchema(field: FormField, items: JsonSchema, extra: JsonSchema = {}): JsonSchema {
  const schema: JsonSchema = { type: 'array', items, ...extra };
  if (staticallyRequired(field) && (schema.minItems === undefined || schema.minItems < 1)) schema.minItems = 1;
  return schema;
}

function choicesSchema(field: FormField): JsonSchema {
  const extra: JsonSchema = { uniqueItems: true };
  if (field.minSelected !== undefined && field.minSelected > 0) extra.minItems = field.minSelected;
  if (field.maxSelected !== undefined) extra.maxItems = field.maxSelected;
  return listSchema(field, { type: 'string', enum: optionValues(field) }, extra);
}

/** `image/*` → `image/[^/]+`, other characters taken literally. */
function mimePattern(accept: readonly string[]): string {
  const one = (m: string) => {
    const [type = '', sub = ''] = m.toLowerCase().split('/');
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return sub === '*' ? `${esc(type)}/[^/]+` : `${esc(type)}/${esc(sub)}`;
  };
  return `^(?:${accept.map(one).join('|')})$`;
}

function fileSchema(field: FormField): JsonSchema {
  const accept = field.accept ?? (field.type === 'image' ? IMAGE_TYPES : undefined);
  const size: JsonSchema = { ...label('Size', '大小'), type: 'integer', minimum: 0, 'x-unit': 'bytes' };
  if (field.maxSizeBytes !== undefined) size.maximum = field.maxSizeBytes;
  const type: JsonSchema = { ...label('Type', '文件类型'), type: 'string', minLength: 1 };
  if (accept && accept.length > 0) {
    type.pattern = mimePattern(accept);
    type['x-accept'] = [...accept];
  }
  const file: JsonSchema = {
    type: 'object',
    properties: {
      id: { ...label('File id', '文件编号'), type: 'string', minLength: 1 },
      name: { ...label('File name', '文件名'), type: 'string', minLength: 1 },
      size,
      type,
    },
    required: ['id', 'name', 'size', 'type'],
    additionalProperties: false,
  };
  const extra: JsonSchema = {};
  if (field.maxCount !== undefined) extra.maxItems = field.maxCount;
  return listSchema(field, file, extra);
}

function tableSchema(field: FormField): JsonSchema {
  const extra: JsonSchema = {};
  if (field.minRows !== undefined && field.minRows > 0) extra.minItems = field.minRows;
  if (field.maxRows !== undefined) extra.maxItems = field.maxRows;
  return listSchema(field, objectSchema(field.columns ?? []), extra);
}

const ID: JsonSchema = { type: 'string', minLength: 1 };

function pickerSchema(field: FormField): JsonSchema {
  return field.multiple ? listSchema(field, { ...ID }, { uniqueItems: true }) : { ...ID };
}

function computedSchema(field: FormField): JsonSchema {
  const schema: JsonSchema = { type: 'number', readOnly: true };
  const formula = effectiveFormula(field);
  if (formula) schema['x-formula'] = cloneData(formula);
  return schema;
}

/** One entry per field type, so adding a type to `FieldType` fails to compile until it is handled here. */
const FIELD_SCHEMAS: Record<FieldType, FieldSchemaCompiler> = {
  text: textSchema,
  textarea: textSchema,
  number: (f) => numberSchema(f, {}),
  money: (f) => numberSchema(f, { min: 0, precision: MONEY_PRECISION }),
  date: dateSchema,
  // Two days, the first not after the second (`x-orderedRange`, a keyword of ours).
  dateRange: (f) => listSchema(f, dateSchema(f), { minItems: 2, maxItems: 2, 'x-orderedRange': true }),
  time: () => ({ type: 'string', pattern: TIME_PATTERN }),
  select: (f) => ({ type: 'string', enum: optionValues(f) }),
  radio: (f) => ({ type: 'string', enum: optionValues(f) }),
  multiSelect: choicesSchema,
  checkbox: choicesSchema,
  user: pickerSchema,
  department: pickerSchema,
  attachment: fileSchema,
  image: fileSchema,
  table: tableSchema,
  computed: computedSchema,
  description: () => null,
  // Assigned by the server when the request is submitted, so never required of the applicant.
  serialNumber: () => ({ type: 'string', readOnly: true }),
  signature: () => ({ ...ID }),
};

/** The schema of a field's value with its labels, or null when it holds no data. */
export function fieldSchema(field: FormField): JsonSchema | null {
  const value = FIELD_SCHEMAS[field.type](field);
  if (value === null) return null;
  const labelled: JsonSchema = { ...label(field.label.en, field.label.zh), 'x-type': field.type, ...value };
  if (field.readOnly) labelled.readOnly = true;
  if (field.default !== undefined && isJson(field.default) && field.type !== 'computed') labelled.default = cloneJson(field.default);
  if (field.visibleWhen) {
    labelled['x-visibleWhen'] = cloneData(field.visibleWhen);
    if (requiredWhenShown(field)) labelled['x-requiredWhenVisible'] = true;
  }
  return labelled;
}

/** Whether a field must be present in every submission: hidden, read-only and conditionally shown fields never are. */
export function isRequiredField(field: FormField): boolean {
  return staticallyRequired(field);
}

/** The object schema for a set of fields: a form's top level, or one row of a table. */
export function objectSchema(fields: readonly FormField[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const field of fields) {
    const schema = fieldSchema(field);
    if (schema === null) continue;
    properties[field.key] = schema;
    if (isRequiredField(field)) required.push(field.key);
  }
  return { type: 'object', properties, required, additionalProperties: false };
}
