import type { Localized } from '../trpc/app-error.js';

export interface PasswordProblem {
  code: 'too_short' | 'too_long' | 'common' | 'repeated' | 'sequence' | 'contains_login' | 'one_kind';
  message: Localized;
}

// The seed's own examples (123456 as the initial password, ABCDEF, AAAAAA) and the passwords
// people type first; the rules below catch their variants.
const COMMON = new Set([
  '123456',
  '1234567',
  '12345678',
  '123456789',
  '1234567890',
  '111111',
  '000000',
  '666666',
  '888888',
  'password',
  'password1',
  'passw0rd',
  'qwerty',
  'qwertyuiop',
  'qwerty123',
  'abc123',
  'abc12345',
  'admin',
  'admin123',
  'admin888',
  'iloveyou',
  'welcome',
  'letmein',
  'a123456',
  'a1234567',
  'aa123456',
  '1qaz2wsx',
  'zxcvbnm',
  'asdfghjkl',
  'woaini1314',
  '5201314',
  'signoff',
  'signoff123',
]);

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

/**
 * Seed 001: the initial password must be changed at first login, and forms such as "ABCDEF" or
 * "AAAAAA" are forbidden. We read that as: no repeats, no runs, no well-known passwords, not
 * the login, at least 8 characters of at least two kinds (letters, digits, symbols).
 */
export function checkPassword(password: string, login: string): PasswordProblem[] {
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
  if (COMMON.has(lower) || COMMON.has(lower.replace(/[^a-z0-9]/g, '')))
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
