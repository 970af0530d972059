import { describe, expect, it } from 'vitest';
import { checkField, checkLogin } from './login-form';

describe('the login form checks', () => {
  it('asks for every field left empty, in the order they are drawn', () => {
    expect(Object.keys(checkLogin({ tenantCode: '', login: '', password: '' }))).toEqual([
      'tenantCode',
      'login',
      'password',
    ]);
    expect(checkLogin({ tenantCode: 'demo', login: 'zhang.san', password: 'x' })).toEqual({});
  });

  it('refuses a company code or login of spaces, but accepts a password of spaces', () => {
    expect(checkField('tenantCode', '   ')).toBe('login.tenantRequired');
    expect(checkField('login', ' \t')).toBe('login.loginRequired');
    expect(checkField('password', '   ')).toBeUndefined();
    expect(checkField('password', '')).toBe('login.passwordRequired');
  });
});
