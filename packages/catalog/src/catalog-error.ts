import type { Localized, Problem, SignoffError } from '@signoff/schema';

/**
 * `not_found`: a flow the caller named is not in the catalog; `invalid_scenario`: a simulation
 * request that cannot be run as given (its message says what to change).
 */
export type CatalogErrorCode = 'not_found' | 'invalid_scenario';

/**
 * The core's refusals, on the packages' one error shape. The message keys are the ones clients
 * have always received (`errors.catalogFlowNotFound`, `errors.simulation`), so the API maps them
 * without a table of its own.
 */
export class CatalogError extends Error implements SignoffError<CatalogErrorCode> {
  readonly details: readonly Problem[] = [];
  constructor(
    readonly code: CatalogErrorCode,
    readonly messageKey: string,
    readonly localized: Localized,
  ) {
    super(localized.en);
    this.name = 'CatalogError';
  }
}

/** A scenario that cannot be simulated; its message says what to change. */
export function simulationError(message: Localized): CatalogError {
  return new CatalogError('invalid_scenario', 'errors.simulation', message);
}
