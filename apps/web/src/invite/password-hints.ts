/**
 * The password policy of `auth.changePassword` and `auth.acceptInvitation` (packages/api
 * auth/password-policy.ts), mirrored so the page can tick each rule off while the person types.
 * Only hints: the server checks again and its answer decides.
 */
export type PasswordRule = 'length' | 'kinds' | 'noRun' | 'noLogin' | 'noName' | 'notCommon';

export const PASSWORD_RULES: readonly PasswordRule[] = [
  'length',
  'kinds',
  'noRun',
  'noLogin',
  'noName',
  'notCommon',
];

/** met, not met, or `null`: only the server can tell (its list of common passwords is some 50 000 long). */
export type HintState = boolean | null;

// the best known of the server's common passwords: a hit here is certainly refused, a miss proves nothing
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

/** The longest stretch of one repeated character or a run up or down (AAAAAA, ABCDEF, 654321). */
function longestRun(s: string): number {
  const codes = [...s.toLowerCase()].map((c) => c.codePointAt(0) ?? 0);
  let best = Math.min(codes.length, 1);
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
    best = Math.max(best, len);
  }
  return best;
}

const names = (companyCode: string) =>
  ['signoff', companyCode.trim().toLowerCase()].filter((n) => n.length >= 3);

/** Which rules the password meets so far, for the checklist under the field. */
export function passwordHints(
  password: string,
  login: string,
  companyCode = '',
): Record<PasswordRule, HintState> {
  const lower = password.toLowerCase();
  const run = longestRun(password);
  const kinds = [/[a-zA-Z]/, /\d/, /[^a-zA-Z\d]/].filter((r) => r.test(password)).length;
  const typed = password.length > 0;
  const common = COMMON.has(lower) || COMMON.has(lower.replace(/[^a-z0-9]/g, ''));
  return {
    length: password.length >= 8 && password.length <= 128,
    kinds: kinds >= 2,
    noRun: typed && !(run >= 6 || (run >= 4 && run >= password.length * 0.75)),
    noLogin: typed && !(login.trim().length >= 3 && lower.includes(login.trim().toLowerCase())),
    // the company's name is not known before sign-in; its code and the product's name are
    noName: typed && !names(companyCode).some((n) => lower.includes(n)),
    notCommon: !typed || common ? false : null,
  };
}
