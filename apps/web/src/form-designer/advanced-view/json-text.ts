/**
 * Reads JSON text the way JSON.parse does, but keeps where each value and property name stands, so
 * a syntax error and a schema error (`/fields/2/type`) can both be shown at their line and column.
 * JSON.parse's own messages differ per browser and do not always carry a position. Pure; never throws.
 */

export type JsonSyntaxCode =
  | 'end'
  | 'unexpected'
  | 'expectedValue'
  | 'expectedName'
  | 'expectedColon'
  | 'expectedCommaOrClose'
  | 'trailingComma'
  | 'badString'
  | 'badNumber'
  | 'duplicateName'
  | 'extra';

export interface JsonSyntaxError {
  code: JsonSyntaxCode;
  /** where, as an offset into the text */
  offset: number;
  /** the character found there, or the repeated property name */
  found?: string;
}

/** Where a value stands, and for an object member where its name does. */
export interface JsonSpot {
  offset: number;
  nameOffset?: number;
}

export type JsonRead =
  { ok: true; value: unknown; spots: ReadonlyMap<string, JsonSpot> } | { ok: false; error: JsonSyntaxError };

/** A JSON Pointer segment (RFC 6901), as ajv writes `instancePath`. */
const segment = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

/** Unwinds the reader to `readJson`, which turns it into its answer; never escapes. */
class Fail extends Error {
  constructor(readonly error: JsonSyntaxError) {
    super(error.code);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS: Record<string, unknown> = { true: true, false: false, null: null };

export function readJson(text: string): JsonRead {
  let i = 0;
  const spots = new Map<string, JsonSpot>();
  const fail = (code: JsonSyntaxCode, at = i, found?: string): never => {
    throw new Fail(found === undefined ? { code, offset: at } : { code, offset: at, found });
  };
  const skip = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const here = () => (i < text.length ? text.charAt(i) : undefined);

  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        try {
          return JSON.parse(text.slice(start, i)) as string;
        } catch {
          return fail('badString', start);
        }
      }
      if (c === '\\') i += 2;
      else if (c < ' ') return fail('badString', i);
      else i++;
    }
    return fail('end', text.length);
  };

  const readValue = (path: string, spot: JsonSpot): unknown => {
    skip();
    spot.offset = i;
    spots.set(path, spot);
    const c = here();
    if (c === undefined) return fail('end');
    if (c === '{') return readObject(path);
    if (c === '[') return readArray(path);
    if (c === '"') return readString();
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) return fail('badNumber');
      i += m[0].length;
      return Number(m[0]);
    }
    for (const [word, value] of Object.entries(WORDS)) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return fail(c === '}' || c === ']' || c === ',' ? 'expectedValue' : 'unexpected', i, c);
  };

  const readObject = (path: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    // where the last comma stood, for a trailing one
    let comma = i;
    i++;
    skip();
    if (here() === '}') {
      i++;
      return out;
    }
    for (;;) {
      skip();
      const c = here();
      if (c !== '"')
        return c === '}'
          ? fail('trailingComma', comma)
          : fail(c === undefined ? 'end' : 'expectedName', i, c);
      const nameOffset = i;
      const name = readString();
      if (seen.has(name)) fail('duplicateName', nameOffset, name);
      seen.add(name);
      skip();
      if (here() !== ':') fail(here() === undefined ? 'end' : 'expectedColon', i, here());
      i++;
      // own property semantics: a member named __proto__ is data, as JSON.parse makes it
      Object.defineProperty(out, name, {
        value: readValue(`${path}/${segment(name)}`, { offset: i, nameOffset }),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skip();
      const next = here();
      i++;
      if (next === '}') return out;
      if (next !== ',') return fail(next === undefined ? 'end' : 'expectedCommaOrClose', i - 1, next);
      comma = i - 1;
    }
  };

  const readArray = (path: string): unknown[] => {
    const out: unknown[] = [];
    let comma = i;
    i++;
    skip();
    if (here() === ']') {
      i++;
      return out;
    }
    for (;;) {
      skip();
      if (here() === ']') return fail('trailingComma', comma);
      out.push(readValue(`${path}/${out.length}`, { offset: i }));
      skip();
      const next = here();
      i++;
      if (next === ']') return out;
      if (next !== ',') return fail(next === undefined ? 'end' : 'expectedCommaOrClose', i - 1, next);
      comma = i - 1;
    }
  };

  try {
    const value = readValue('', { offset: 0 });
    skip();
    if (i < text.length) fail('extra', i, here());
    return { ok: true, value, spots };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}

/** 1-based line and column of an offset, as the editor counts them (UTF-16 units). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      start = k + 1;
    }
  }
  return { line, column: end - start + 1 };
}
