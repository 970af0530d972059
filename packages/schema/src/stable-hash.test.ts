import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a64, stableHash } from './stable-hash.js';
import { stableStringify } from './stable-stringify.js';

/** The textbook 64-bit FNV-1a over UTF-16 code units, in BigInt, to check the fast version against. */
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('stableStringify', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });
  it('drops undefined members like JSON does', () => {
    expect(stableStringify({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });
  it('parses back to the same value as JSON.stringify', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(stableStringify(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }));
  });
});

describe('fnv1a64', () => {
  it('matches the known vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
  it('matches a BigInt reference on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(fnv1a64(s)).toBe(reference(s));
      }));
  });
  it('ignores key order through stableHash', () => {
    expect(stableHash({ a: 1, b: 2 })).toBe(stableHash({ b: 2, a: 1 }));
    expect(stableHash({ a: 1 })).not.toBe(stableHash({ a: 2 }));
  });
});
