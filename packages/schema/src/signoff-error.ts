import type { Localized } from './form-model.js';

/** One thing wrong, said in both languages; each package adds where it is (a path, a node id, a line). */
export interface Problem {
  readonly message: Localized;
}

/**
 * The one shape of every refusal a Signoff package throws, so a caller (the API's error mapping,
 * the CLI, the web) reads the same fields whichever package refused: `code` to branch on,
 * `messageKey` for a UI's own bundle, `localized` to show as is, and `details` for the individual
 * problems behind it (empty when there is only the one).
 */
export interface SignoffError<Code extends string = string, Detail extends Problem = Problem> extends Error {
  readonly code: Code;
  readonly messageKey: string;
  readonly localized: Localized;
  readonly details: readonly Detail[];
}

const isLocalized = (v: unknown): v is Localized =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Localized).zh === 'string' &&
  typeof (v as Localized).en === 'string';

/**
 * Whether a caught value is one of the packages' typed refusals (and not a driver error or a bug,
 * whose message may hold SQL or a stack and must not reach a person).
 */
export function isSignoffError(e: unknown): e is SignoffError {
  if (!(e instanceof Error)) return false;
  const err = e as Partial<SignoffError>;
  return (
    typeof err.code === 'string' &&
    typeof err.messageKey === 'string' &&
    isLocalized(err.localized) &&
    Array.isArray(err.details)
  );
}
