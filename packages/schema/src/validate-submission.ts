import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Localized } from './form-model.js';
import { ANNOTATION_KEYWORDS, type JsonSchema } from './json-schema.js';
import { fieldErrorMessage } from './field-error-message.js';
import { fieldPath, locateField, pointerSegments } from './field-error-path.js';
import { SchemaError } from './schema-error.js';
import { fnv1a64 } from './stable-hash.js';
import { stableStringify } from './stable-stringify.js';

export interface FieldError {
  /** `days`, `items[3].amount`; empty for the form as a whole */
  path: string;
  /** the JSON Schema keyword that failed, for clients that want their own wording */
  keyword: string;
  message: Localized;
}

export type SubmissionResult = { ok: true; data: Record<string, unknown> } | { ok: false; errors: FieldError[] };

export type SubmissionValidator = (data: unknown) => SubmissionResult;

/** Options shared with anyone who wants to reproduce our validation exactly (the benchmark does). */
export const AJV_OPTIONS = {
  strict: true,
  allErrors: true,
  // Money and decimals: 19.99 / 0.01 is 1998.9999999999998 in floating point, so ajv compares within 1e-9 instead.
  multipleOfPrecision: 9,
} as const;

/** Ajv configured as this package validates: 2020-12, strict, all errors, formats, our annotations. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020(AJV_OPTIONS);
  addFormats(ajv);
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  return ajv;
}

/** Enough for every live template version of many tenants; beyond it the least recently used is recompiled on demand. */
const CACHE_LIMIT = 500;

interface CacheEntry {
  canonical: string;
  compiled: JsonSchema;
  validator: SubmissionValidator;
}

let ajv: Ajv2020 | undefined;
const byHash = new Map<string, CacheEntry>();
/** Same object, same schema: callers treat published schemas as immutable, so identity skips the hashing. */
let byObject = new WeakMap<object, SubmissionValidator>();

function sharedAjv(): Ajv2020 {
  ajv ??= createAjv();
  return ajv;
}

function compile(schema: JsonSchema): ValidateFunction {
  try {
    return sharedAjv().compile(schema);
  } catch (e) {
    throw new SchemaError('invalid_schema', 'schema.invalidSchema', {
      zh: '表单的数据结构定义无效，无法校验',
      en: 'The form schema is not valid, so submissions cannot be checked',
    }, [{ path: '', message: { zh: String(e), en: String(e) } }]);
  }
}

function toFieldErrors(schema: JsonSchema, errors: readonly ErrorObject[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of errors) {
    const params = e.params as Record<string, unknown>;
    const segments = pointerSegments(e.instancePath);
    // required and additionalProperties are reported on the object; the person cares about the member.
    const member = e.keyword === 'required' ? params.missingProperty : e.keyword === 'additionalProperties' ? params.additionalProperty : undefined;
    if (typeof member === 'string') segments.push(member);
    const path = fieldPath(segments);
    // One message per field: a wrong type also fails its enum, and the type is the useful half.
    if (seen.has(path)) continue;
    seen.add(path);
    const { label, required } = locateField(schema, segments);
    out.push({ path, keyword: e.keyword, message: fieldErrorMessage({ keyword: e.keyword, params, label, required }) });
  }
  return out;
}

function buildValidator(compiled: JsonSchema): SubmissionValidator {
  const validate = compile(compiled);
  return (data) => {
    if (validate(data)) return { ok: true, data: data as Record<string, unknown> };
    return { ok: false, errors: toFieldErrors(compiled, validate.errors ?? []) };
  };
}

function entryFor(schema: JsonSchema): CacheEntry {
  const canonical = stableStringify(schema);
  const key = fnv1a64(canonical);
  const hit = byHash.get(key);
  if (hit && hit.canonical === canonical) {
    // Re-insert to mark it most recently used.
    byHash.delete(key);
    byHash.set(key, hit);
    return hit;
  }
  if (hit) evict(key, hit);
  // Compile a private copy, so a caller mutating its object later cannot change what we check.
  const compiled = JSON.parse(canonical) as JsonSchema;
  const entry: CacheEntry = { canonical, compiled, validator: buildValidator(compiled) };
  byHash.set(key, entry);
  while (byHash.size > CACHE_LIMIT) {
    const oldest = byHash.entries().next().value;
    if (!oldest) break;
    evict(oldest[0], oldest[1]);
  }
  return entry;
}

function evict(key: string, entry: CacheEntry): void {
  byHash.delete(key);
  // ajv keeps every compiled schema until told otherwise.
  sharedAjv().removeSchema(entry.compiled);
}

/**
 * A validator for one schema, compiled once. Use it when one schema checks many submissions
 * (an import, a benchmark); `validateSubmission` reaches the same cached validator by content.
 */
export function createSubmissionValidator(schema: JsonSchema): SubmissionValidator {
  return entryFor(schema).validator;
}

/**
 * Checks a submission against a published form schema: ok with the data, or every problem with
 * its field path and a sentence in both languages that names the field as the form labels it.
 * Throws SchemaError only when the schema itself is broken, which is the publisher's fault, not the applicant's.
 */
export function validateSubmission(schema: JsonSchema, data: unknown): SubmissionResult {
  let validator = byObject.get(schema);
  if (!validator) {
    validator = createSubmissionValidator(schema);
    byObject.set(schema, validator);
  }
  return validator(data);
}

/** Drops every compiled validator; for tests that count compilations. */
export function clearSubmissionValidatorCache(): void {
  for (const [key, entry] of [...byHash]) evict(key, entry);
  byObject = new WeakMap();
}

export function submissionValidatorCacheSize(): number {
  return byHash.size;
}
