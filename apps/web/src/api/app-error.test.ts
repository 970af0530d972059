import { describe, expect, it } from 'vitest';
import { appErrorOf, errorText, isUnauthorized } from './app-error';

const trpcError = (appError: unknown) => Object.assign(new Error('x'), { data: { code: 'BAD_REQUEST', httpStatus: 400, appError } });

describe('appErrorOf', () => {
  it('reads the server error shape, field errors included', () => {
    const e = trpcError({
      code: 'validation_failed',
      messageKey: 'errors.invalidForm',
      message: { zh: '表单填写有误', en: 'Some fields need attention' },
      fieldErrors: [{ path: 'reason', message: { zh: '请填写请假事由', en: 'Reason is required' } }, { path: 1 }],
    });
    const a = appErrorOf(e);
    expect(a?.code).toBe('validation_failed');
    // a malformed entry is dropped rather than crashing the page
    expect(a?.fieldErrors).toEqual([{ path: 'reason', message: { zh: '请填写请假事由', en: 'Reason is required' } }]);
  });

  it('returns null for errors that did not come from the API', () => {
    expect(appErrorOf(new Error('boom'))).toBeNull();
    expect(appErrorOf(trpcError({ code: 'x' }))).toBeNull();
    expect(appErrorOf(null)).toBeNull();
  });
});

describe('errorText', () => {
  const e = trpcError({ code: 'unauthorized', messageKey: 'errors.badLogin', message: { zh: '账号或密码不正确', en: 'Wrong login or password' } });

  it('picks the message in the current language', () => {
    expect(errorText(e, 'zh')).toBe('账号或密码不正确');
    expect(errorText(e, 'en')).toBe('Wrong login or password');
  });

  it('names a network failure as such', () => {
    expect(errorText(new TypeError('Failed to fetch'), 'zh')).toBe('网络异常，请稍后重试');
  });

  it('recognizes an expired session', () => {
    expect(isUnauthorized(e)).toBe(true);
    expect(isUnauthorized(new Error('x'))).toBe(false);
  });
});
