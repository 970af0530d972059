import type { FieldType, FormField } from './form-model.js';
import type { JsonSchema } from './json-schema.js';
import { cloneJson, isJson } from './json-value.js';

/** Turns one field into the schema of its value; `null` means the field holds no data (description text). */
type FieldSchemaCompiler = (field: FormField) => JsonSchema | null;

const DATE: JsonSchema = { type: 'string', format: 'date' };
/** HH:mm. Not `format: time`, which is RFC 3339 full-time and demands seconds and an offset a time picker never has. */
export const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
const MONEY_PRECISION = 2;

/** `10 ** -p` drifts (1e-3 becomes 0.0010000000000000002); parsing the literal gives the exact double a person would write. */
export function stepOfPrecision(precision: number): number {
  return Number(`1e-${precision}`);
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

function textSchema(field: FormField): JsonSchema {
  const schema: JsonSchema = { type: 'string' };
  // JSON Schema's `required` accepts "", but a person reads a required box left blank as missing.
  const minLength = Math.max(field.minLength ?? 0, field.required ? 1 : 0);
  if (minLength > 0) schema.minLength = minLength;
  if (field.maxLength !== undefined) schema.maxLength = field.maxLength;
  return schema;
}

const optionValues = (field: FormField): string[] => (field.options ?? []).map((o) => o.value);

/** A required list field needs at least one entry, for the same reason as `textSchema`. */
function listSchema(field: FormField, items: JsonSchema, extra: JsonSchema = {}): JsonSchema {
  const schema: JsonSchema = { type: 'array', items, ...extra };
  if (field.required && schema.minItems === undefined) schema.minItems = 1;
  return schema;
}

const fileSchema = (): JsonSchema => ({
  type: 'object',
  properties: {
    name: { title: 'File name', 'x-label': { zh: '文件名', en: 'File name' }, type: 'string', minLength: 1 },
    size: { title: 'Size', 'x-label': { zh: '大小', en: 'Size' }, type: 'integer', minimum: 0 },
    url: { title: 'URL', 'x-label': { zh: '地址', en: 'URL' }, type: 'string', minLength: 1 },
  },
  required: ['name', 'size', 'url'],
  additionalProperties: false,
});

const ID: JsonSchema = { type: 'string', minLength: 1 };

/** One entry per field type, so adding a type to `FieldType` fails to compile until it is handled here. */
const FIELD_SCHEMAS: Record<FieldType, FieldSchemaCompiler> = {
  text: textSchema,
  textarea: textSchema,
  number: (f) => numberSchema(f, {}),
  money: (f) => numberSchema(f, { min: 0, precision: MONEY_PRECISION }),
  date: () => ({ ...DATE }),
  dateRange: (f) => listSchema(f, { ...DATE }, { minItems: 2, maxItems: 2 }),
  time: () => ({ type: 'string', pattern: TIME_PATTERN }),
  select: (f) => ({ type: 'string', enum: optionValues(f) }),
  radio: (f) => ({ type: 'string', enum: optionValues(f) }),
  multiSelect: (f) => listSchema(f, { type: 'string', enum: optionValues(f) }, { uniqueItems: true }),
  checkbox: (f) => listSchema(f, { type: 'string', enum: optionValues(f) }, { uniqueItems: true }),
  user: () => ({ ...ID }),
  department: () => ({ ...ID }),
  attachment: (f) => listSchema(f, fileSchema()),
  image: (f) => listSchema(f, fileSchema()),
  table: (f) => listSchema(f, objectSchema(f.columns ?? [])),
  // Formulas arrive with the computed-field issue; until then the server trusts a number.
  computed: () => ({ type: 'number', readOnly: true }),
  description: () => null,
  // Assigned by the server when the request is submitted, so never required of the applicant.
  serialNumber: () => ({ type: 'string', readOnly: true }),
  signature: () => ({ ...ID }),
};

/** The schema of a field's value with its labels, or null when it holds no data. */
export function fieldSchema(field: FormField): JsonSchema | null {
  const value = FIELD_SCHEMAS[field.type](field);
  if (value === null) return null;
  const labelled: JsonSchema = { title: field.label.en, 'x-label': { zh: field.label.zh, en: field.label.en }, ...value };
  if (field.readOnly) labelled.readOnly = true;
  if (field.default !== undefined && isJson(field.default)) labelled.default = cloneJson(field.default);
  return labelled;
}

/** Whether a field must be present in a submission: hidden and read-only fields cannot be filled in, so they never are. */
export function isRequiredField(field: FormField): boolean {
  return field.required === true && !field.hidden && !field.readOnly && field.type !== 'serialNumber' && field.type !== 'computed';
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
