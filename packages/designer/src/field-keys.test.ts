import { FIELD_KEY_PATTERN } from '@signoff/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysInUse, uniqueKey } from './field-keys.js';
import { leaveForm } from './test/fixtures.js';

describe('uniqueKey', () => {
  it('uses the proposal when it is free, else numbers it', () => {
    expect(uniqueKey('qingjia', new Set())).toBe('qingjia');
    expect(uniqueKey('qingjia', new Set(['qingjia', 'qingjia_2']))).toBe('qingjia_3');
  });

  it('makes a proposal a key: only letters, digits, underscores, a letter first', () => {
    expect(uniqueKey('qing jia-tian shu!', new Set())).toBe('qingjiatianshu');
    expect(uniqueKey('3天', new Set())).toBe('f3');
    expect(uniqueKey('天数', new Set(['field_7']))).toBe('field_8');
    expect(uniqueKey(undefined, new Set())).toBe('field_1');
  });

  it('whatever the proposal and the keys in use, gives a valid key not in use', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
        fc.array(fc.string({ maxLength: 70 })),
        (proposal, used) => {
          const taken = new Set(used);
          if (proposal !== undefined) taken.add(proposal);
          const key = uniqueKey(proposal, taken);
          expect(key).toMatch(FIELD_KEY_PATTERN);
          expect(taken.has(key)).toBe(false);
        },
      ),
    );
  });

  it('counts every key of the form, columns included', () => {
    expect([...keysInUse(leaveForm())]).toEqual([
      'days',
      'kind',
      'span',
      'reason',
      'items',
      'what',
      'amount',
      'twice',
      'total',
      'spanDays',
      'note',
    ]);
  });
});
