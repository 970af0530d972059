import type { Localized } from '../trpc/app-error.js';
import { commonPasswords } from './common-passwords.js';

export interface PasswordProblem {
  code:
    | 'too_short'
    | 'too_long'
    | 'common'
    | 'repeated'
    | 'sequence'
    | 'contains_login'
    | 'contains_name'
    | 'one_kind'
    | 'reused';
  message: Localized;
}

/**
 * The longest stretch of steady characters: the same one repeated (AAAAAA), or a run up or down
 * the alphabet or the digits (ABCDEF, 654321), case-insensitive.
 */
function longestRun(s: string): { length: number; repeat: boolean } {
  const codes = [...s.toLowerCase()].map((c) => c.codePointAt(0) ?? 0);
  let best = { length: Math.min(codes.length, 1), repeat: false };
  let len = 1;
  let step: number | null = null;
  for (let i = 1; i < codes.length; i++) {
    const d = (codes[i] ?? 0) - (codes[i - 1] ?? 0);
    if (Math.abs(d) <= 1 && (step === null || d === step)) {
      len += 1;
      step = d;
    } else {
      len = Math.abs(d) <= 1 ? 2 : 1;
      step = Math.abs(d) <= 1 ? d : null;
    }
    if (len > best.length) best = { length: len, repeat: step === 0 };
  }
  return best;
}

/** Names a guesser tries first: the company's, and the product's (the demo password is `Signoff#2026`). */
export interface PasswordContext {
  companyName?: string | undefined;
  companyCode?: string | undefined;
}

/** A common password with a year or a symbol stuck on ("password2026!", "P@ssw0rd1") is still one. */
function isCommon(lower: string): boolean {
  const list = commonPasswords();
  const base = lower.replace(/[\d\W_]+$/u, '');
  return list.has(lower) || list.has(lower.replace(/[^a-z0-9]/g, '')) || (base.length >= 4 && list.has(base));
}

const namesIn = (lower: string, context: PasswordContext) =>
  ['signoff', context.companyCode, context.companyName]
    .map((n) => n?.trim().toLowerCase() ?? '')
    .some((n) => [...n].length >= 2 && (n.length >= 3 || /[^\p{ASCII}]/u.test(n)) && lower.includes(n));

/**
 * Seed 001: the initial password must be changed at first login, and forms such as "ABCDEF" or
 * "AAAAAA" are forbidden. We read that as: no repeats, no runs, none of the most common passwords
 * (with their year-and-symbol variants), not the login, the company's or the product's name, at
 * least 8 characters of at least two kinds (letters, digits, symbols). Reuse of the last passwords
 * needs their hashes, so `changePassword` checks it (password-history.ts).
 */
export function checkPassword(
  password: string,
  login: string,
  context: PasswordContext = {},
): PasswordProblem[] {
  const out: PasswordProblem[] = [];
  const lower = password.toLowerCase();
  if (password.length < 8)
    out.push({
      code: 'too_short',
      message: { zh: '密码至少 8 位', en: 'The password needs at least 8 characters' },
    });
  if (password.length > 128)
    out.push({
      code: 'too_long',
      message: { zh: '密码最多 128 位', en: 'The password may have at most 128 characters' },
    });
  if (isCommon(lower))
    out.push({
      code: 'common',
      message: { zh: '这是常见密码，太容易被猜到', en: 'This is a common password and too easy to guess' },
    });
  const run = longestRun(password);
  if (run.length >= 6 || (run.length >= 4 && run.length >= password.length * 0.75)) {
    out.push(
      run.repeat
        ? {
            code: 'repeated',
            message: {
              zh: '不能使用 AAAAAA 这类重复字符',
              en: 'A password cannot repeat one character (like AAAAAA)',
            },
          }
        : {
            code: 'sequence',
            message: {
              zh: '不能使用 ABCDEF、123456 这类连续字符',
              en: 'A password cannot contain a run such as ABCDEF or 123456',
            },
          },
    );
  }
  if (login.length >= 3 && lower.includes(login.toLowerCase()))
    out.push({
      code: 'contains_login',
      message: { zh: '密码不能包含账号', en: 'The password cannot contain the login' },
    });
  if (namesIn(lower, context))
    out.push({
      code: 'contains_name',
      message: {
        zh: '密码不能包含公司名称或产品名称',
        en: "The password cannot contain the company's or the product's name",
      },
    });
  const kinds = [/[a-zA-Z]/, /\d/, /[^a-zA-Z\d]/].filter((r) => r.test(password)).length;
  if (password.length >= 8 && kinds < 2 && !out.some((p) => p.code !== 'too_long'))
    out.push({
      code: 'one_kind',
      message: {
        zh: '密码须包含字母、数字、符号中的至少两类',
        en: 'Use at least two of letters, digits and symbols',
      },
    });
  return out;
}
