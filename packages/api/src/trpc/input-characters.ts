import { AppError } from './app-error.js';

/** Deeper than any form, route or catalog nests; PostgreSQL's jsonb parser overflows its stack at a few thousand. */
export const MAX_INPUT_DEPTH = 64;

export interface InputProblem {
  kind: 'characters' | 'depth';
  /** the field's path (`items.2.note`), or `(input)` for the input itself */
  field: string;
}

/**
 * The first string (or object key) in a request's input that PostgreSQL cannot store: a NUL,
 * which no text column takes, or a lone UTF-16 surrogate, which jsonb refuses; or the first value
 * nested deeper than MAX_INPUT_DEPTH, which jsonb cannot parse. All three reached the database and
 * came back as 500s (issue 16); found here, they answer a 400 naming the field.
 */
export function findInputProblem(input: unknown, path: string[] = []): InputProblem | null {
  if (typeof input === 'string')
    return isStorable(input) ? null : { kind: 'characters', field: path.join('.') || '(input)' };
  if (input === null || typeof input !== 'object') return null;
  if (path.length >= MAX_INPUT_DEPTH) return { kind: 'depth', field: shortPath(path) };
  if (Array.isArray(input)) {
    for (let i = 0; i < input.length; i++) {
      const found = findInputProblem(input[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  for (const [key, value] of Object.entries(input)) {
    if (!isStorable(key))
      return { kind: 'characters', field: [...path, key.replace(/[^\p{L}\p{N}_-]/gu, '?')].join('.') };
    const found = findInputProblem(value, [...path, key]);
    if (found) return found;
  }
  return null;
}

// a path 64 levels long is no help to a reader: its start says where, its length says why
const shortPath = (path: string[]) => `${path.slice(0, 3).join('.')}…(${path.length})`;

// without the u flag the pattern sees UTF-16 code units, so a high surrogate without its low one
// (or the reverse) matches; String.prototype.isWellFormed is ES2024, beyond this build's lib
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isStorable = (s: string) => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

export const badCharactersError = (field: string) =>
  new AppError(
    'bad_request',
    'errors.badCharacters',
    {
      zh: `「${field}」含有无法保存的字符（空字符或不完整的 Unicode 字符），请删除后重试`,
      en: `"${field}" contains a character that cannot be stored (a NUL or a broken Unicode character); remove it and try again`,
    },
    [
      {
        path: field,
        message: { zh: '含有无法保存的字符', en: 'contains a character that cannot be stored' },
      },
    ],
  );

export const tooDeepError = (field: string) =>
  new AppError(
    'bad_request',
    'errors.tooDeep',
    {
      zh: `「${field}」嵌套超过 ${MAX_INPUT_DEPTH} 层，无法保存`,
      en: `"${field}" is nested more than ${MAX_INPUT_DEPTH} levels deep and cannot be stored`,
    },
    [
      {
        path: field,
        message: { zh: `嵌套超过 ${MAX_INPUT_DEPTH} 层`, en: `nested more than ${MAX_INPUT_DEPTH} levels` },
      },
    ],
  );

export const inputProblemError = (problem: InputProblem) =>
  problem.kind === 'depth' ? tooDeepError(problem.field) : badCharactersError(problem.field);
