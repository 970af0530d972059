import { compile } from 'json-schema-to-typescript';
import { compileForm } from '../compile-form.js';
import type { FormModel } from '../form-model.js';
import type { JsonSchema } from '../json-schema.js';
import { SchemaError } from '../schema-error.js';
import { createAjv } from '../validate-submission.js';

export interface FormTypesOptions {
  /** the name of the generated interface; by default the form key (or the schema title) in PascalCase */
  name?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `expense_claim`, `Expense claim` → `ExpenseClaim`; `Form` when nothing usable is left. */
export function pascalCase(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(name) ? name : `Form${name}`;
}

/** Whether the value looks like a designer model rather than a compiled schema. */
export function isFormModel(v: unknown): v is FormModel {
  return isObj(v) && 'modelVersion' in v && 'fields' in v;
}

function notASchema(detail: string): SchemaError {
  return new SchemaError('invalid_schema', 'schema.notAFormSchema', {
    zh: `既不是表单定义，也不是表单的 JSON Schema：${detail}`,
    en: `Neither a form model nor a form's JSON Schema: ${detail}`,
  });
}

/** The schema of a form, from a model (validated and compiled) or a compiled schema (checked by ajv). */
export function formSchemaOf(input: unknown): JsonSchema {
  if (isFormModel(input)) return compileForm(input).schema;
  if (!isObj(input) || input.type !== 'object' || !isObj(input.properties)) {
    throw notASchema('需要 modelVersion 与 fields，或 type 为 object 且带 properties / needs modelVersion and fields, or type "object" with properties');
  }
  try {
    createAjv().compile(input);
  } catch (e) {
    throw notASchema(e instanceof Error ? e.message : String(e));
  }
  return input;
}

const doc = (s: JsonSchema, extra: string[] = []): string | undefined => {
  const label = s['x-label'];
  const lines = [label ? (label.zh === label.en ? label.en : `${label.en} / ${label.zh}`) : s.title, ...extra].filter(Boolean);
  return lines.length > 0 ? lines.join('\n') : undefined;
};

/**
 * Our schema as json-schema-to-typescript should read it: titles become doc comments instead of
 * one type alias per field (which would clash between fields titled alike), table rows get an
 * interface of their own, and list lengths stay out of the types except for date ranges' pairs.
 */
function forCodegen(s: JsonSchema, name: string | undefined): Obj {
  const out: Obj = {};
  const notes: string[] = [];
  if (s.readOnly) notes.push(s['x-formula'] ? '@readonly computed by the server from its formula' : '@readonly filled by the server');
  if (s.format === 'date') notes.push('ISO date, YYYY-MM-DD');
  if (s['x-visibleWhen']) notes.push(`Present only while its visibility rule holds${s['x-requiredWhenVisible'] ? ', and then required' : ''}.`);
  if (name) out.title = name;
  const description = doc(s, notes);
  if (description) out.description = description;
  for (const key of ['type', 'enum', 'const', 'required', 'additionalProperties', 'default'] as const) {
    if (s[key] !== undefined) out[key] = s[key];
  }
  if (s['x-type'] === 'dateRange') {
    out.minItems = s.minItems;
    out.maxItems = s.maxItems;
  }
  if (s.properties) {
    const props: Obj = {};
    for (const [k, p] of Object.entries(s.properties)) props[k] = forCodegen(p, undefined);
    out.properties = props;
  }
  if (s.items) out.items = forCodegen(s.items, undefined);
  return out;
}

function nameRows(schema: Obj, root: string): void {
  const props = isObj(schema.properties) ? schema.properties : {};
  for (const [key, prop] of Object.entries(props)) {
    if (isObj(prop) && isObj(prop.items) && prop.items.type === 'object' && prop.items.properties && !isFileRow(prop.items)) {
      prop.items.title = `${root}${pascalCase(key)}Row`;
    }
  }
}

const isFileRow = (row: Obj): boolean => isObj(row.properties) && 'id' in row.properties && 'size' in row.properties && 'type' in row.properties && 'name' in row.properties;

/**
 * TypeScript declarations for a form's submissions, from its model or its compiled JSON Schema,
 * through json-schema-to-typescript: one interface for the form, one per table row, field labels
 * as doc comments. Throws SchemaError (text in both languages) for input that is neither.
 */
export async function generateFormTypes(input: FormModel | JsonSchema, options: FormTypesOptions = {}): Promise<string> {
  const schema = formSchemaOf(input);
  const fallback = isFormModel(input) && typeof input.key === 'string' ? input.key : (schema.title ?? 'Form');
  const name = options.name ?? pascalCase(fallback);
  if (!IDENTIFIER.test(name)) {
    throw new SchemaError('invalid_schema', 'schema.badTypeName', {
      zh: `类型名「${name}」不是合法的 TypeScript 标识符`,
      en: `The type name "${name}" is not a valid TypeScript identifier`,
    });
  }
  const prepared = forCodegen(schema, name);
  nameRows(prepared, name);
  const label = schema['x-label'];
  const about = label ? `${label.en} / ${label.zh}` : (schema.title ?? name);
  return compile(prepared, name, {
    bannerComment: `/* Submission types of the form ${about}. Generated by signoff form types; do not edit. */`,
    additionalProperties: false,
    strictIndexSignatures: true,
    unknownAny: true,
    declareExternallyReferenced: true,
    format: true,
  });
}
