import type { JsonSchema, SubmissionValidator } from '@signoff/schema';

export type ValidatorFactory = (schema: JsonSchema) => SubmissionValidator;

let factory: ValidatorFactory | undefined;
let loading: Promise<ValidatorFactory> | undefined;

/**
 * The schema package's validator, the same core the server runs, fetched while the person reads
 * the form rather than before the page can draw: the first visit downloads that much less.
 */
export function loadValidatorFactory(): Promise<ValidatorFactory> {
  loading ??= import('./validator-factory').then((m) => (factory = m.createSubmissionValidator));
  return loading;
}

/** The factory once loaded; undefined before. */
export const loadedValidatorFactory = (): ValidatorFactory | undefined => factory;
