import type { Localized } from './form-model.js';

export type SchemaErrorCode = 'invalid_model' | 'invalid_schema';

/** Thrown by this package when a caller hands it something it must refuse; carries text for both languages so the API can pass it through. */
export class SchemaError extends Error {
  constructor(
    readonly code: SchemaErrorCode,
    readonly messageKey: string,
    readonly localized: Localized,
    /** the individual problems, when there are several (e.g. every problem of a model) */
    readonly details: readonly { path: string; message: Localized }[] = [],
  ) {
    super(localized.en);
    this.name = 'SchemaError';
  }
}
