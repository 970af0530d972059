import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';

const codes = (pw: string, login = 'zhang.san') => checkPassword(pw, login).map((p) => p.code);

describe('checkPassword', () => {
  it('refuses the forms seed 001 names and their variants', () => {
    expect(codes('123456')).toContain('common');
    expect(codes('AAAAAAAA')).toContain('repeated');
    expect(codes('aaaaaa12')).toContain('repeated');
    expect(codes('ABCDEFGH')).toContain('sequence');
    expect(codes('abcdefg1')).toContain('sequence');
    expect(codes('98765432')).toContain('sequence');
    expect(codes('Password1')).toContain('common');
  });

  it('refuses a password containing the login, a short one, and one kind of character only', () => {
    expect(codes('zhang.san2026')).toContain('contains_login');
    expect(codes('Ab1#')).toContain('too_short');
    expect(codes('hqxlmwzp')).toContain('one_kind');
  });

  it('accepts reasonable passwords, with no problem at all', () => {
    for (const pw of ['Lantern-river-58', 'Design#2026y', 'spring-tea-47', '7年前的春天Qw'])
      expect(checkPassword(pw, 'zhang.san')).toEqual([]);
  });

  it('refuses the most common passwords of a shipped list, with a year or a symbol added too', () => {
    for (const pw of ['P@ssw0rd', 'Abcd1234', 'sunshine2026!', 'Iloveyou1', 'qwerty123'])
      expect(codes(pw), pw).toContain('common');
  });

  it("refuses the product's name (the published demo password too) and the company's name or code", () => {
    const context = { companyName: '极致建设', companyCode: 'acme' };
    expect(checkPassword('Signoff2026', 'zhang.san', context).map((p) => p.code)).toContain('contains_name');
    expect(checkPassword('Signoff#2026', 'zhang.san', context).map((p) => p.code)).toContain('contains_name');
    expect(checkPassword('极致建设2026!', 'zhang.san', context).map((p) => p.code)).toContain(
      'contains_name',
    );
    expect(checkPassword('Acme-river-58', 'zhang.san', context).map((p) => p.code)).toContain(
      'contains_name',
    );
    expect(checkPassword('Lantern-river-58', 'zhang.san', context)).toEqual([]);
  });

  it('explains every problem in both languages', () => {
    for (const p of checkPassword('aaa', 'aaa')) {
      expect(p.message.zh).not.toBe('');
      expect(p.message.en).not.toBe('');
    }
  });
});
