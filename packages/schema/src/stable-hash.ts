import { stableStringify } from './stable-stringify.js';

/**
 * 64-bit FNV-1a over UTF-16 code units, computed as two 32-bit halves so it stays on plain
 * numbers (BigInt is slow). Not cryptographic: it keys a cache whose entries also keep the text
 * they were built from, so a collision costs a recompile, never a wrong answer.
 */
export function fnv1a64(text: string): string {
  // offset basis 0xcbf29ce484222325 split into high and low words
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    // multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3, in 16-bit pieces to stay exact
    const lo16 = lo & 0xffff;
    const lo32 = lo >>> 16;
    const a = lo16 * 0x1b3;
    const b = lo32 * 0x1b3 + (a >>> 16);
    const newLo = ((b & 0xffff) << 16) | (a & 0xffff);
    const carry = b >>> 16;
    hi = (Math.imul(hi, 0x1b3) + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = newLo >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** A short, stable fingerprint of any JSON value, independent of key order. */
export function stableHash(value: unknown): string {
  return fnv1a64(stableStringify(value));
}
