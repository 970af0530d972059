import type { Lexeme, Vocabulary } from './vocabulary.js';

export type Token =
  | { type: 'word'; start: number; end: number; text: string; lexeme: Lexeme }
  | { type: 'separator'; start: number; end: number; text: string }
  /** a parenthesised remark, brackets included: (涉及金额) */
  | { type: 'group'; start: number; end: number; text: string; inner: string }
  | { type: 'unknown'; start: number; end: number; text: string };

const SEPARATOR = /^(?:->|=>|[\s→⟶➔>＞、，,。.;；/／:：|｜Δ△*·]+)/u;
const OPEN = new Set(['(', '（', '[', '【']);
const CLOSE: Record<string, string> = { '(': ')', '（': '）', '[': ']', '【': '】' };
/** 销售部人员, 拟定合同人员, 用章人员: whoever fills the form in, named by what they are */
const APPLICANT = /^[^\s→>、，,。;；/:：()（）审批签核办备]{1,7}?人员/u;
/** 下发工程设计变更通知: the applicant's department sends the notice out */
const ISSUE_NOTICE = /^下发[^\s→>、，,。;；()（）]{0,12}?通知/u;

/**
 * Splits a stretch of text into tokens, longest vocabulary word first; what matches nothing is
 * gathered into `unknown` tokens. Tokens are contiguous and cover `[from, to)` exactly.
 */
export function tokenize(text: string, from: number, to: number, vocab: Vocabulary): Token[] {
  const out: Token[] = [];
  let unknownStart = -1;
  const flush = (at: number) => {
    if (unknownStart >= 0 && at > unknownStart)
      out.push({ type: 'unknown', start: unknownStart, end: at, text: text.slice(unknownStart, at) });
    unknownStart = -1;
  };
  let i = from;
  while (i < to) {
    const rest = text.slice(i, to);
    const ch = rest[0] ?? '';
    const sep = SEPARATOR.exec(rest);
    if (sep) {
      flush(i);
      out.push({ type: 'separator', start: i, end: i + sep[0].length, text: sep[0] });
      i += sep[0].length;
      continue;
    }
    if (OPEN.has(ch)) {
      const close = rest.indexOf(CLOSE[ch] ?? ')');
      const alt = ch === '(' ? rest.indexOf('）') : ch === '（' ? rest.indexOf(')') : -1;
      const end = [close, alt].filter((x) => x > 0).sort((a, b) => a - b)[0];
      if (end !== undefined) {
        flush(i);
        out.push({
          type: 'group',
          start: i,
          end: i + end + 1,
          text: rest.slice(0, end + 1),
          inner: rest.slice(1, end),
        });
        i += end + 1;
        continue;
      }
    }
    const match = longestWord(rest, vocab);
    const applicant = APPLICANT.exec(rest)?.[0];
    const notice = ISSUE_NOTICE.exec(rest)?.[0];
    if (notice && notice.length >= (match?.[0].length ?? 0)) {
      flush(i);
      const lexeme: Lexeme = {
        type: 'handler',
        actor: {
          approvers: { kind: 'deptHead', level: 1 },
          positions: ['部门负责人'],
          en: 'Department head',
        },
        en: 'Issue the notice',
      };
      out.push({ type: 'word', start: i, end: i + notice.length, text: notice, lexeme });
      i += notice.length;
      continue;
    }
    if (applicant && applicant.length > (match?.[0].length ?? 0)) {
      flush(i);
      out.push({
        type: 'word',
        start: i,
        end: i + applicant.length,
        text: applicant,
        lexeme: { type: 'applicant' },
      });
      i += applicant.length;
      continue;
    }
    if (match) {
      flush(i);
      out.push({ type: 'word', start: i, end: i + match[0].length, text: match[0], lexeme: match[1] });
      i += match[0].length;
      continue;
    }
    if (unknownStart < 0) unknownStart = i;
    // a surrogate pair stays whole, so a slice never splits a character
    i += (rest.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
  }
  flush(to);
  return out;
}

function longestWord(rest: string, vocab: Vocabulary): [string, Lexeme] | undefined {
  for (let n = Math.min(vocab.longest, rest.length); n > 0; n--) {
    const w = rest.slice(0, n);
    const lex = vocab.words.get(w);
    if (lex) return [w, lex];
  }
  return undefined;
}
