/** A stretch of the formula text, as character offsets: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type TokenType = 'num' | 'str' | 'ref' | 'ident' | 'punct' | 'end';

export interface Token extends Span {
  type: TokenType;
  /** punctuation in its ASCII form (`×` → `*`, `≤` → `<=`, `（` → `(`); names and refs as written */
  text: string;
  /** the number or the string's content */
  value?: number | string;
}

/** The one kind of failure a tokenizer has: text it cannot read, at a place. */
export class TokenError extends Error {
  constructor(
    readonly code: 'badChar' | 'unclosedString' | 'unclosedRef',
    readonly span: Span,
    readonly text: string,
  ) {
    super(code);
  }
}

/** Operators as people type them on either keyboard, full-width and typographic forms included. */
const PUNCT: [string, string][] = [
  ['<=', '<='],
  ['>=', '>='],
  ['!=', '!='],
  ['<>', '!='],
  ['==', '='],
  ['&&', 'and'],
  ['||', 'or'],
  ['≤', '<='],
  ['≥', '>='],
  ['≠', '!='],
  ['×', '*'],
  ['÷', '/'],
  ['−', '-'],
  ['+', '+'],
  ['-', '-'],
  ['*', '*'],
  ['/', '/'],
  ['(', '('],
  [')', ')'],
  [',', ','],
  ['=', '='],
  ['<', '<'],
  ['>', '>'],
  ['!', 'not'],
  ['＋', '+'],
  ['－', '-'],
  ['＊', '*'],
  ['／', '/'],
  ['（', '('],
  ['）', ')'],
  ['，', ','],
  ['＝', '='],
  ['＜', '<'],
  ['＞', '>'],
  ['！', 'not'],
];

const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/;
const IDENT = /^[\p{L}_][\p{L}\p{N}_.]*/u;
const SPACE = /^[\s\u3000]+/;

/** Full-width digits as ASCII, one character for one, so offsets stay those of the text on screen. */
const asciiDigits = (s: string) =>
  s.replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Splits formula text into tokens; throws `TokenError` for what it cannot read. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = SPACE.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const c = rest.charAt(0);
    if (c === '[') {
      const close = text.indexOf(']', i + 1);
      if (close < 0) throw new TokenError('unclosedRef', { start: i, end: text.length }, rest);
      out.push({ type: 'ref', text: text.slice(i + 1, close).trim(), start: i, end: close + 1 });
      i = close + 1;
      continue;
    }
    if (c === '"') {
      const m = /^"(?:[^"\\]|\\.)*"/.exec(rest);
      let value: unknown;
      try {
        value = m ? JSON.parse(m[0]) : undefined;
      } catch {
        value = undefined;
      }
      if (!m || typeof value !== 'string')
        throw new TokenError('unclosedString', { start: i, end: text.length }, rest);
      out.push({ type: 'str', text: m[0], value, start: i, end: i + m[0].length });
      i += m[0].length;
      continue;
    }
    if (c === '“' || c === '「') {
      // typographic quotes from a Chinese input method: no escapes inside
      const close = text.indexOf(c === '“' ? '”' : '」', i + 1);
      if (close < 0) throw new TokenError('unclosedString', { start: i, end: text.length }, rest);
      out.push({
        type: 'str',
        text: text.slice(i, close + 1),
        value: text.slice(i + 1, close),
        start: i,
        end: close + 1,
      });
      i = close + 1;
      continue;
    }
    const num = NUMBER.exec(asciiDigits(rest));
    if (num) {
      out.push({ type: 'num', text: num[0], value: Number(num[0]), start: i, end: i + num[0].length });
      i += num[0].length;
      continue;
    }
    const ident = IDENT.exec(rest);
    if (ident) {
      out.push({ type: 'ident', text: ident[0], start: i, end: i + ident[0].length });
      i += ident[0].length;
      continue;
    }
    const p = PUNCT.find(([typed]) => rest.startsWith(typed));
    if (!p) throw new TokenError('badChar', { start: i, end: i + 1 }, c);
    out.push({
      type: p[1] === 'and' || p[1] === 'or' || p[1] === 'not' ? 'ident' : 'punct',
      text: p[1],
      start: i,
      end: i + p[0].length,
    });
    i += p[0].length;
  }
  out.push({ type: 'end', text: '', start: text.length, end: text.length });
  return out;
}
