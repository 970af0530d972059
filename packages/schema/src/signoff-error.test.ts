import { describe, expect, it } from 'vitest';
import { SchemaError } from './schema-error.js';
import { isSignoffError } from './signoff-error.js';

describe('isSignoffError', () => {
  it("takes a package's refusal, with its text in both languages and its problems", () => {
    const e = new SchemaError(
      'invalid_model',
      'schema.invalidModel',
      { zh: '表单有误', en: 'The form is invalid' },
      [{ path: 'fields[0].key', message: { zh: '字段名重复', en: 'duplicate key' } }],
    );
    expect(isSignoffError(e)).toBe(true);
    if (isSignoffError(e)) expect(e.details.map((d) => d.message.en)).toEqual(['duplicate key']);
  });

  it('refuses a plain error, a driver error with a code but no text, and a look-alike object that was never thrown', () => {
    expect(isSignoffError(new Error('relation "users" does not exist'))).toBe(false);
    expect(isSignoffError(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
    const half = Object.assign(new Error('x'), {
      code: 'x',
      messageKey: 'k',
      localized: { zh: '甲' },
      details: [],
    });
    expect(isSignoffError(half)).toBe(false);
    expect(
      isSignoffError({ code: 'x', messageKey: 'k', localized: { zh: '甲', en: 'a' }, details: [] }),
    ).toBe(false);
  });
});
