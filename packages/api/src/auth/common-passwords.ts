import { dictionary } from '@zxcvbn-ts/language-common';

// Chinese users' favourites the English-language list lacks (seed 001's 123456 is in both) and
// the product's own name.
const LOCAL = ['woaini1314', '5201314', 'a123456', 'aa123456', 'admin888', 'signoff', 'signoff123'];

let common: ReadonlySet<string> | undefined;

/**
 * The 49 233 most common passwords of zxcvbn-ts (from leaked-password frequency lists), lower
 * case, built on first use: a shipped, maintained list rather than a hand-typed one.
 */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set([...(dictionary['passwords-common'] ?? []), ...LOCAL]);
  return common;
}
