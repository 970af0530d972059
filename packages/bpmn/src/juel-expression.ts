/*
 * The small part of JUEL (the expression language of Camunda 7, Flowable and Activiti) that
 * condition expressions on sequence flows use in practice: `${amount > 5000}`,
 * `${days >= 3 && type == 'x'}`, `#{!approved}`, `${empty remark}`. Anything richer (method
 * calls, arithmetic, property paths) is refused with the reason, so the import lists it as
 * unplaced instead of guessing.
 */

export type JuelLiteral = string | number | boolean | null;

export type JuelCompareOp = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte';

export type JuelOperand = { name: string } | { literal: JuelLiteral };

export type JuelExpr =
  | { op: JuelCompareOp; left: JuelOperand; right: JuelOperand }
  | { op: 'truthy'; operand: JuelOperand }
  | { op: 'empty'; operand: JuelOperand }
  | { op: 'and' | 'or'; of: JuelExpr[] }
  | { op: 'not'; of: JuelExpr };

export type JuelParse = { ok: true; expr: JuelExpr } | { ok: false; offset: number; found: string };

type Token =
  | { t: 'name'; v: string; at: number }
  | { t: 'num'; v: number; at: number }
  | { t: 'str'; v: string; at: number }
  | { t: 'sym'; v: string; at: number }
  | { t: 'end'; at: number };

const WORD_OPS: Record<string, string> = {
  and: '&&',
  or: '||',
  not: '!',
  eq: '==',
  ne: '!=',
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
};
const SYMBOLS = ['&&', '||', '==', '!=', '<=', '>=', '<', '>', '!', '(', ')'];
const COMPARE: Record<string, JuelCompareOp> = {
  '==': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
};

/** Thrown inside the parser only, and caught by parseJuel, which answers with it. */
class Refused extends Error {
  constructor(
    readonly offset: number,
    readonly found: string,
  ) {
    super(`refused at ${offset}`);
  }
}

function tokenize(src: string, base: number): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const at = base + i;
    const name = /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]*/u.exec(src.slice(i));
    if (name) {
      const word = name[0];
      const op = WORD_OPS[word];
      if (op) out.push({ t: 'sym', v: op, at });
      else out.push({ t: 'name', v: word, at });
      i += word.length;
      continue;
    }
    const num = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: Number(num[0]), at });
      i += num[0].length;
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      let v = '';
      while (j < src.length && src.charAt(j) !== c) {
        if (src.charAt(j) === '\\' && j + 1 < src.length) j++;
        v += src.charAt(j);
        j++;
      }
      if (j >= src.length) throw new Refused(at, src.slice(i));
      out.push({ t: 'str', v, at });
      i = j + 1;
      continue;
    }
    const sym = SYMBOLS.find((s) => src.startsWith(s, i));
    if (!sym) throw new Refused(at, c);
    out.push({ t: 'sym', v: sym, at });
    i += sym.length;
  }
  out.push({ t: 'end', at: base + src.length });
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i] ?? { t: 'end', at: 0 };
  }
  private isSym(v: string): boolean {
    const t = this.peek();
    return t.t === 'sym' && t.v === v;
  }
  private fail(): never {
    const t = this.peek();
    throw new Refused(t.at, t.t === 'end' ? '' : String(t.v));
  }

  parseAll(): JuelExpr {
    const e = this.or();
    if (this.peek().t !== 'end') this.fail();
    return e;
  }

  private or(): JuelExpr {
    const of = [this.and()];
    while (this.isSym('||')) {
      this.i++;
      of.push(this.and());
    }
    return of.length === 1 && of[0] ? of[0] : { op: 'or', of };
  }

  private and(): JuelExpr {
    const of = [this.unary()];
    while (this.isSym('&&')) {
      this.i++;
      of.push(this.unary());
    }
    return of.length === 1 && of[0] ? of[0] : { op: 'and', of };
  }

  private unary(): JuelExpr {
    if (this.isSym('!')) {
      this.i++;
      return { op: 'not', of: this.unary() };
    }
    const t = this.peek();
    if (t.t === 'name' && t.v === 'empty') {
      this.i++;
      return { op: 'empty', operand: this.operand() };
    }
    if (this.isSym('(')) {
      this.i++;
      const inner = this.or();
      if (!this.isSym(')')) this.fail();
      this.i++;
      return inner;
    }
    const left = this.operand();
    const next = this.peek();
    const op = next.t === 'sym' ? COMPARE[next.v] : undefined;
    if (!op) return { op: 'truthy', operand: left };
    this.i++;
    return { op, left, right: this.operand() };
  }

  private operand(): JuelOperand {
    const t = this.peek();
    this.i++;
    switch (t.t) {
      case 'num':
        return { literal: t.v };
      case 'str':
        return { literal: t.v };
      case 'name':
        if (t.v === 'true' || t.v === 'false') return { literal: t.v === 'true' };
        if (t.v === 'null') return { literal: null };
        return { name: t.v };
      default:
        this.i--;
        return this.fail();
    }
  }
}

/**
 * Parses a condition expression body: one `${…}` or `#{…}` around the whole text (as Camunda and
 * Flowable write it), or the bare expression. `offset` of a refusal counts in `body`.
 */
export function parseJuel(body: string): JuelParse {
  const trimmedStart = body.length - body.trimStart().length;
  const trimmed = body.trim();
  const wrapped = /^[$#]\{([\s\S]*)\}$/.exec(trimmed);
  const inner = wrapped?.[1] ?? trimmed;
  const base = trimmedStart + (wrapped ? 2 : 0);
  try {
    if (inner.trim() === '') throw new Refused(base, '');
    return { ok: true, expr: new Parser(tokenize(inner, base)).parseAll() };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, offset: e.offset, found: e.found };
    throw e;
  }
}
