import type { Condition } from './condition.js';
import type { FieldType, Localized } from './form-model.js';
import type { Formula } from './formula.js';
import type { JsonValue } from './json-value.js';

export type JsonSchemaType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * The subset of JSON Schema 2020-12 that forms compile to. It is deliberately closed (no index
 * signature) so that a keyword the compiler starts to emit has to be named here first, where the
 * validator's error messages and the TypeScript codegen can see it.
 */
export interface JsonSchema {
  $schema?: string;
  type?: JsonSchemaType;
  /** English label: json-schema-to-typescript turns titles into type names, which must be ASCII */
  title?: string;
  /** the label in both languages, for error messages; an annotation ajv is told to accept */
  'x-label'?: Localized;
  /** the designer's field type, so errors can say "row" for a table and "file" for an attachment */
  'x-type'?: FieldType;
  /** visibility rule: when it does not hold, the field is neither required nor kept */
  'x-visibleWhen'?: Condition;
  /** required, but only while the visibility rule holds (such a field is never in `required`) */
  'x-requiredWhenVisible'?: boolean;
  /** computed field: the formula the server evaluates, rounding included; the submitted value is ignored */
  'x-formula'?: Formula;
  /** accepted MIME types of a file's `type`, for the error message */
  'x-accept'?: string[];
  /** the number counts bytes, for the error message */
  'x-unit'?: 'bytes';
  /** a validating keyword of ours: a two-item list whose first item must not come after the second */
  'x-orderedRange'?: boolean;
  description?: string;
  readOnly?: boolean;
  default?: JsonValue;

  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;

  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;

  enum?: JsonValue[];
  const?: JsonValue;

  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;

  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  /** ajv-formats: earliest date for `format: date` */
  formatMinimum?: string;
  /** ajv-formats: latest date for `format: date` */
  formatMaximum?: string;
}

/** Annotation keywords of Signoff's own that ajv's strict mode must be told about. */
export const ANNOTATION_KEYWORDS = ['x-label', 'x-type', 'x-visibleWhen', 'x-requiredWhenVisible', 'x-formula', 'x-accept', 'x-unit'] as const;
