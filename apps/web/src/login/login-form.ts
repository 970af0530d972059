/** What the login form sends: the company code, the login and the password, as typed. */
export interface LoginValues {
  tenantCode: string;
  login: string;
  password: string;
}

export type LoginFieldName = keyof LoginValues;

/** The i18n key of each field's "please fill in" message (`login.…`). */
export const REQUIRED_MESSAGE: Record<
  LoginFieldName,
  'login.tenantRequired' | 'login.loginRequired' | 'login.passwordRequired'
> = {
  tenantCode: 'login.tenantRequired',
  login: 'login.loginRequired',
  password: 'login.passwordRequired',
};

/** The fields in the order they are drawn: the first one with a problem gets the cursor. */
export const LOGIN_FIELDS: readonly LoginFieldName[] = ['tenantCode', 'login', 'password'];

export type LoginErrors = Partial<Record<LoginFieldName, (typeof REQUIRED_MESSAGE)[LoginFieldName]>>;

/**
 * The page's own checks, the same as its antd Form rules were: the company code and the login must
 * hold more than spaces; the password must not be empty (spaces may be part of a password). Errors
 * are i18n keys, not texts, so a change of language redraws them in the new one.
 */
export function checkField(name: LoginFieldName, value: string): LoginErrors[LoginFieldName] {
  const blank = name === 'password' ? value.length === 0 : value.trim().length === 0;
  return blank ? REQUIRED_MESSAGE[name] : undefined;
}

export function checkLogin(values: LoginValues): LoginErrors {
  const errors: LoginErrors = {};
  for (const name of LOGIN_FIELDS) {
    const e = checkField(name, values[name]);
    if (e) errors[name] = e;
  }
  return errors;
}
