import { describe, expect, it } from 'vitest';
import { invitationLink } from './invitation-link';
import { passwordHints } from './password-hints';

const failed = (password: string, login = 'li.ming') =>
  Object.entries(passwordHints(password, login, 'acme'))
    .filter(([, ok]) => ok === false)
    .map(([rule]) => rule);

describe('the password hints on the invitation page', () => {
  it('tick off the server policy rule by rule', () => {
    expect(failed('Lantern-river-58')).toEqual([]);
    expect(failed('short1')).toEqual(['length']);
    expect(failed('onlyletters')).toEqual(['kinds']);
    expect(failed('AAAAAA12')).toEqual(['noRun']);
    expect(failed('abcdef99')).toEqual(['noRun']);
    expect(failed('li.ming-2026')).toEqual(['noLogin']);
    expect(failed('password1')).toEqual(['notCommon']);
    expect(failed('Acme-harbor-73')).toEqual(['noName']);
    expect(failed('Signoff#2026')).toEqual(['noName']);
    // nothing typed yet: nothing is ticked
    expect(failed('')).toEqual(['length', 'kinds', 'noRun', 'noLogin', 'noName', 'notCommon']);
    // a miss in the short list proves nothing: the server's list decides
    expect(passwordHints('Lantern-river-58', 'li.ming').notCommon).toBeNull();
  });

  it('builds the link with both codes escaped', () => {
    expect(invitationLink('https://oa.example.com', 'acme', 'a+b/c_d-e')).toBe(
      'https://oa.example.com/invite?tenant=acme&code=a%2Bb%2Fc_d-e',
    );
  });
});
