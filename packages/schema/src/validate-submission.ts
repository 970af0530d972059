import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Localized } from './form-model.js';
import { ANNOTATION_KEYWORDS, type JsonSchema } from './json-schema.js';
import { fieldErrorMessage } from './field-error-message.js';
import { fieldPath, locateField, pointerSegments } from './field-error-path.js';
import { SchemaError } from './schema-error.js';
import type { ApplicantFacts } from './condition.js';
import { buildPlan, planFieldsOfSchema } from './form-plan.js';
import { compilePlan } from './plan-runner.js';
import { fnv1a64 } from './stable-hash.js';
import { stableStringify } from './stable-stringify.js';

export interface FieldError {
  /** `days`, `items[3].amount`; empty for the form as a whole */
  path: string;
  /** the JSON Schema keyword that failed, for clients that want their own wording */
  keyword: string;
  message: Localized;
}

export type SubmissionResult =
  { ok: true; data: Record<string, unknown> } | { ok: false; errors: FieldError[] };

/** Who submits, for visibility rules that read the applicant (department, rank, positions). */
export interface SubmissionContext {
  applicant?: ApplicantFacts;
  /** the tenant's ranks, lowest first */
  ranks?: string[];
}

export type SubmissionValidator = (data: unknown, context?: SubmissionContext) => SubmissionResult;

/** Options shared with anyone who wants to reproduce our validation exactly (the benchmark does). */
export const AJV_OPTIONS = {
  strict: true,
  allErrors: true,
  // Money and decimals: 19.99 / 0.01 is 1998.9999999999998 in floating point, so ajv compares within 1e-9 instead.
  multipleOfPrecision: 9,
} as const;

/** `x-orderedRange`: a two-item list (a date range) whose start does not come after its end. ISO dates order as text. */
function orderedRange(enabled: boolean, data: unknown[]): boolean {
  if (!enabled) return true;
  const [start, end] = data;
  return !(typeof start === 'string' && typeof end === 'string' && start > end);
}

/**
 * Ajv configured as this package validates: 2020-12, strict, all errors, formats with
 * `formatMinimum` / `formatMaximum`, our annotations and our one validating keyword.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020(AJV_OPTIONS);
  addFormats(ajv);
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  ajv.addKeyword({ keyword: 'x-orderedRange', type: 'array', schemaType: 'boolean', validate: orderedRange });
  return ajv;
}

/** Enough for every live template version of many tenants; beyond it the least recently used is recompiled on demand. */
const CACHE_LIMIT = 500;

interface CacheEntry {
  key: string;
  canonical: string;
  compiled: JsonSchema;
  validator: SubmissionValidator;
}

let ajv: Ajv2020 | undefined;
const byHash = new Map<string, CacheEntry>();
/**
 * The schema's plain JSON text → its entry: a schema read afresh from the database has the same
 * text every time, and native JSON.stringify plus a Map lookup costs a fifth of canonicalizing.
 * The key is the whole text, so a hit is exact; entries evicted from `byHash` are dropped lazily.
 */
const byText = new Map<string, CacheEntry>();
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
    throw new SchemaError(
      'invalid_schema',
      'schema.invalidSchema',
      {
        zh: '表单的数据结构定义无效，无法校验',
        en: 'The form schema is not valid, so submissions cannot be checked',
      },
      [{ path: '', message: { zh: String(e), en: String(e) } }],
    );
  }
}

function toFieldErrors(schema: JsonSchema, errors: readonly ErrorObject[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of errors) {
    const params = e.params as Record<string, unknown>;
    const segments = pointerSegments(e.instancePath);
    // required and additionalProperties are reported on the object; the person cares about the member.
    const member =
      e.keyword === 'required'
        ? params.missingProperty
        : e.keyword === 'additionalProperties'
          ? params.additionalProperty
          : undefined;
    if (typeof member === 'string') segments.push(member);
    const path = fieldPath(segments);
    // One message per field: a wrong type also fails its enum, and the type is the useful half.
    if (seen.has(path)) continue;
    seen.add(path);
    const { name, required, schema: at } = locateField(schema, segments);
    out.push({
      path,
      keyword: e.keyword,
      message: fieldErrorMessage({ keyword: e.keyword, params, name, required, schema: at }),
    });
  }
  return out;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function buildValidator(compiled: JsonSchema): SubmissionValidator {
  const validate = compile(compiled);
  const plan = buildPlan(planFieldsOfSchema(compiled));
  // No rules, no formulas: exactly ajv, plus the result object.
  if (plan.steps.length === 0) {
    return (data) => {
      if (validate(data)) return { ok: true, data: data as Record<string, unknown> };
      return { ok: false, errors: toFieldErrors(compiled, validate.errors ?? []) };
    };
  }
  const run = compilePlan(plan);
  return (data, context) => {
    if (!isObj(data)) {
      validate(data);
      return { ok: false, errors: toFieldErrors(compiled, validate.errors ?? []) };
    }
    // Hidden fields out, computed fields recomputed, then the contract; the caller's object is left alone.
    const outcome = run(data, context);
    const errors = validate(outcome.data) ? [] : toFieldErrors(compiled, validate.errors ?? []);
    for (const key of outcome.requiredNow) {
      if (!isBlank(outcome.data[key]) || errors.some((e) => e.path === key)) continue;
      const { name } = locateField(compiled, [key]);
      errors.push({
        path: key,
        keyword: 'required',
        message: fieldErrorMessage({ keyword: 'required', params: {}, name, required: true }),
      });
    }
    return errors.length === 0 ? { ok: true, data: outcome.data } : { ok: false, errors };
  };
}

function entryFor(schema: JsonSchema): CacheEntry {
  const text = JSON.stringify(schema);
  const quick = byText.get(text);
  if (quick && byHash.get(quick.key) === quick) return touch(quick);
  const entry = entryByContent(schema);
  byText.delete(text);
  byText.set(text, entry);
  while (byText.size > CACHE_LIMIT) {
    const oldest = byText.keys().next().value;
    if (oldest === undefined) break;
    byText.delete(oldest);
  }
  return entry;
}

function touch(entry: CacheEntry): CacheEntry {
  // Re-insert to mark it most recently used.
  byHash.delete(entry.key);
  byHash.set(entry.key, entry);
  return entry;
}

function entryByContent(schema: JsonSchema): CacheEntry {
  const canonical = stableStringify(schema);
  const key = fnv1a64(canonical);
  const hit = byHash.get(key);
  if (hit && hit.canonical === canonical) return touch(hit);
  if (hit) evict(key, hit);
  // Compile a private copy, so a caller mutating its object later cannot change what we check.
  const compiled = JSON.parse(canonical) as JsonSchema;
  const entry: CacheEntry = { key, canonical, compiled, validator: buildValidator(compiled) };
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
  let validator = byObject.get(schema);
  if (!validator) {
    validator = entryFor(schema).validator;
    byObject.set(schema, validator);
  }
  return validator;
}

/**
 * Checks a submission against a published form schema: ok with the data, or every problem with
 * its field path and a sentence in both languages that names the field as the form labels it.
 * Visibility rules are applied first (a hidden field is neither required nor kept; the returned
 * data leaves it out) and computed fields recomputed (the submitted value ignored). A rule that
 * reads the applicant needs `context.applicant`; without it such a field is kept but optional.
 * Throws SchemaError only when the schema itself is broken, which is the publisher's fault, not the applicant's.
 */
export function validateSubmission(
  schema: JsonSchema,
  data: unknown,
  context?: SubmissionContext,
): SubmissionResult {
  let validator = byObject.get(schema);
  if (!validator) {
    validator = entryFor(schema).validator;
    byObject.set(schema, validator);
  }
  return validator(data, context);
}

/**
 * The content-addressed lookup alone (JSON text, cache hit), as the first sighting of a schema
 * object pays it. Internal: exported for the benchmark, not from the package.
 */
export function lookupByContent(schema: JsonSchema): SubmissionValidator {
  return entryFor(schema).validator;
}

/** Drops every compiled validator; for tests that count compilations. */
export function clearSubmissionValidatorCache(): void {
  for (const [key, entry] of [...byHash]) evict(key, entry);
  byText.clear();
  byObject = new WeakMap();
}

export function submissionValidatorCacheSize(): number {
  return byHash.size;
}
