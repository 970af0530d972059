import type { Localized } from './form-model.js';
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
}

/** Annotation keywords of Signoff's own that ajv's strict mode must be told about. */
export const ANNOTATION_KEYWORDS = ['x-label'] as const;
