import type { Localized } from './form-model.js';
import type { SignoffError } from './signoff-error.js';

export type SchemaErrorCode = 'invalid_model' | 'invalid_schema';

/** One problem of a refused model or schema; `path` is empty for the whole thing. */
export interface SchemaErrorDetail {
  path: string;
  message: Localized;
}

/** Thrown by this package when a caller hands it something it must refuse; carries text for both languages so the API can pass it through. */
export class SchemaError extends Error implements SignoffError<SchemaErrorCode, SchemaErrorDetail> {
  constructor(
    readonly code: SchemaErrorCode,
    readonly messageKey: string,
    readonly localized: Localized,
    /** the individual problems, when there are several (e.g. every problem of a model) */
    readonly details: readonly SchemaErrorDetail[] = [],
  ) {
    super(localized.en);
    this.name = 'SchemaError';
  }
}
