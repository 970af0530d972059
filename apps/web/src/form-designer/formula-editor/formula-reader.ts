import type { Localized } from '@signoff/schema';
import { designerStrings, fill } from '../designer.i18n';
import type { Span, Token } from './formula-tokens';

export type ParseProblemCode = keyof (typeof designerStrings)['zh']['formula']['parse'];

/** Something wrong in the text, at a place in it. */
export interface TextProblem extends Span {
  code: ParseProblemCode;
  message: Localized;
}

export function parseMessage(
  code: ParseProblemCode,
  params: Record<string, string | number> = {},
): Localized {
  return {
    zh: fill(designerStrings.zh.formula.parse[code], params),
    en: fill(designerStrings.en.formula.parse[code], params),
  };
}

/** Ends the parse: after a syntax error the rest of the text cannot be read meaningfully. */
export class SyntaxFail extends Error {
  constructor(readonly problem: TextProblem) {
    super(problem.code);
  }
}

/** Words of the language; any other bare word is a field's name. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'sum',
  'daysbetween',
  'if',
  'round',
  'ifempty',
  'empty',
  'notempty',
  'and',
  'or',
  'not',
  'in',
  'between',
  'true',
  'false',
  'null',
  '且',
  '或',
  '非',
]);

const WORD_ALIASES: Record<string, string> = { 且: 'and', 或: 'or', 非: 'not' };

/** The token cursor both grammars share, with the problems found so far and where each node came from. */
export class Reader {
  private pos = 0;
  readonly problems: TextProblem[] = [];
  /** the text each node of the result was read from, for pointing checker problems at the text */
  readonly spans = new WeakMap<object, Span>();

  constructor(private readonly tokens: Token[]) {}

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)] as Token;
  }

  next(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos += 1;
    return t;
  }

  /** The keyword a token is (lower case, Chinese joiners as their English twins), or undefined. */
  word(t: Token = this.peek()): string | undefined {
    if (t.type !== 'ident') return undefined;
    const lower = t.text.toLowerCase();
    const w = WORD_ALIASES[t.text] ?? lower;
    return KEYWORDS.has(w) ? w : undefined;
  }

  isPunct(text: string, t: Token = this.peek()): boolean {
    return t.type === 'punct' && t.text === text;
  }

  /** Consumes the punctuation or fails, naming a missing `)` after `open` when that is what is missing. */
  expect(text: string, open?: Token): Token {
    const t = this.peek();
    if (this.isPunct(text, t)) return this.next();
    if (text === ')' && open && (t.type === 'end' || this.isPunct(',', t))) {
      this.fail('unclosedParen', open);
    }
    return this.unexpected(t);
  }

  unexpected(t: Token = this.peek()): never {
    if (t.type === 'end') this.fail('end', t);
    if (this.isPunct(')', t)) this.fail('extraParen', t);
    return this.fail('unexpected', t, { text: t.type === 'punct' ? t.text : this.textOf(t) });
  }

  fail(code: ParseProblemCode, span: Span, params: Record<string, string | number> = {}): never {
    throw new SyntaxFail({ code, start: span.start, end: span.end, message: parseMessage(code, params) });
  }

  /** A problem that does not stop reading (an unknown field): the rest is still checked. */
  report(code: ParseProblemCode, span: Span, params: Record<string, string | number> = {}): void {
    this.problems.push({ code, start: span.start, end: span.end, message: parseMessage(code, params) });
  }

  mark<T extends object>(node: T, from: Span, to: Span = from): T {
    this.spans.set(node, { start: from.start, end: to.end });
    return node;
  }

  /** The end of the token read last, for spans that close on it. */
  last(): Span {
    return this.tokens[Math.max(0, this.pos - 1)] as Token;
  }

  private textOf(t: Token): string {
    return t.type === 'ref' ? `[${t.text}]` : t.text;
  }
}
