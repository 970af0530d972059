import { describe, expect, it } from 'vitest';
import { csrfHeaders, readCookie } from './csrf-cookie';

describe('readCookie', () => {
  it('finds a cookie among others, ignoring spaces', () => {
    expect(readCookie('a=1; signoff_csrf=tok123 ; b=2', 'signoff_csrf')).toBe('tok123');
  });

  it('does not match a cookie whose name only ends with the one asked for', () => {
    expect(readCookie('xsignoff_csrf=bad; signoff_csrf=good', 'signoff_csrf')).toBe('good');
    expect(readCookie('xsignoff_csrf=bad', 'signoff_csrf')).toBeUndefined();
  });

  it('decodes percent-encoded values and keeps = inside values', () => {
    expect(readCookie('signoff_csrf=a%2Bb%3D%3D', 'signoff_csrf')).toBe('a+b==');
    expect(readCookie('signoff_csrf=abc==', 'signoff_csrf')).toBe('abc==');
  });

  it('returns a malformed encoding as is instead of throwing', () => {
    expect(readCookie('signoff_csrf=%E0%A4%A', 'signoff_csrf')).toBe('%E0%A4%A');
  });

  it('returns undefined for an empty cookie string', () => {
    expect(readCookie('', 'signoff_csrf')).toBeUndefined();
  });
});

describe('csrfHeaders', () => {
  it('echoes the token in x-csrf-token', () => {
    expect(csrfHeaders('signoff_session=s; signoff_csrf=t0k')).toEqual({ 'x-csrf-token': 't0k' });
  });

  it('sends no header when logged out', () => {
    expect(csrfHeaders('other=1')).toEqual({});
    expect(csrfHeaders('signoff_csrf=')).toEqual({});
  });
});
