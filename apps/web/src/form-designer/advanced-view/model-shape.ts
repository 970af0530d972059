import { createAjv, FORM_MODEL_JSON_SCHEMA } from '@signoff/schema';
import type { ErrorObject, ValidateFunction } from 'ajv';

/** One way the JSON differs from the form model's schema, as ajv reports it. */
export type ShapeError = Pick<ErrorObject, 'instancePath' | 'keyword' | 'params' | 'schemaPath'>;

/** Checks a parsed value against the form model's schema; an empty list when it fits. */
export type ShapeCheck = (value: unknown) => ShapeError[];

let compiled: ValidateFunction | undefined;

/** Compiling takes a good part of a second on a slow machine: done once, ahead of the first edit. */
export function compileModelShape(): ValidateFunction {
  compiled ??= createAjv().compile(FORM_MODEL_JSON_SCHEMA);
  return compiled;
}

/**
 * The schema the editor's completion uses, compiled once with the same ajv setup as submissions
 * (strict, every error), so what the editor underlines and what is refused here agree.
 */
export const checkModelShape: ShapeCheck = (value) => {
  const validate = compileModelShape();
  return validate(value) ? [] : [...(validate.errors ?? [])];
};
