import { AppError } from './app-error.js';

/**
 * The first string (or object key) in a request's input that PostgreSQL cannot store: a NUL,
 * which no text column takes, or a lone UTF-16 surrogate, which jsonb refuses. Both reached the
 * database and came back as 500s (issue 16); found here, they answer a 400 naming the field.
 * Returns the field's path (`items.2.note`), or null when every string is well-formed.
 */
export function findBadCharacters(input: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof input === 'string') return isStorable(input) ? null : path.join('.') || '(input)';
  // deeper than any form nests; what lies below is refused by the schemas anyway
  if (input === null || typeof input !== 'object' || depth > 64) return null;
  if (Array.isArray(input)) {
    for (let i = 0; i < input.length; i++) {
      const bad = findBadCharacters(input[i], [...path, String(i)], depth + 1);
      if (bad) return bad;
    }
    return null;
  }
  for (const [key, value] of Object.entries(input)) {
    if (!isStorable(key)) return [...path, key.replace(/[^\p{L}\p{N}_-]/gu, '?')].join('.');
    const bad = findBadCharacters(value, [...path, key], depth + 1);
    if (bad) return bad;
  }
  return null;
}

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
