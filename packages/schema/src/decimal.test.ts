import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfAway, tidy } from './decimal.js';

/** The slow, obviously right reference: shift the decimal point in the text. */
function reference(x: number, places: number): number {
  const sign = x < 0 ? -1 : 1;
  const text = String(Math.abs(x));
  if (text.includes('e')) return x;
  const r = Number(`${Math.round(Number(`${text}e${places}`))}e-${places}`);
  return r === 0 ? 0 : sign * r;
}

describe('roundHalfAway', () => {
  it('rounds halves away from zero on the written digits', () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(1.0049999, 2)).toBe(1);
    expect(roundHalfAway(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAway(2.5, 0)).toBe(3);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(0.285, 2)).toBe(0.29);
    expect(roundHalfAway(1e15 + 0.5, 0)).toBe(1e15 + 0.5);
    expect(Object.is(roundHalfAway(-0.001, 2), 0)).toBe(true);
  });

  it('agrees with the decimal-text reference on random money-like values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        (n, scale, places) => {
          const x = Number(`${n}e-${scale}`);
          expect(roundHalfAway(x, places)).toBe(reference(x, places));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('tidy', () => {
  it('keeps 15 significant digits, like a spreadsheet', () => {
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(tidy(1 - 0.9)).toBe(0.1);
    expect(tidy(1 / 3)).toBe(0.333333333333333);
    expect(tidy(33.3 * 3)).toBe(99.9);
    expect(tidy(5)).toBe(5);
    expect(tidy(1e-30 / 3)).toBe(Number((1e-30 / 3).toPrecision(15)));
  });

  it('agrees with toPrecision(15) on random doubles', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e14, max: 1e14, noNaN: true }), (x) => {
        expect(tidy(x)).toBe(Number(x.toPrecision(15)) || 0);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('tidy near powers of ten', () => {
  /** tidy before its exponent table: log10, corrected just below a power of ten. */
  function logTidy(x: number): number {
    if (!Number.isFinite(x)) return x;
    if (Number.isInteger(x)) return x || 0;
    const abs = Math.abs(x);
    let exponent = Math.floor(Math.log10(abs));
    if (abs < 10 ** exponent) exponent -= 1;
    const digits = 14 - exponent;
    const f = Number(`1e${digits}`);
    if (digits < 0 || digits > 22) return Number(x.toPrecision(15)) || 0;
    const scaled = x * f;
    if (Math.abs(Math.abs(scaled - Math.trunc(scaled)) - 0.5) < 1e-3) return Number(x.toPrecision(15)) || 0;
    return Math.round(scaled) / f || 0;
  }

  it('gives what the log10 road gives, on and around every power of ten it tabulates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9, max: 15 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.boolean(),
        (e, ulps, negative) => {
          let x = 10 ** e;
          // walk a few ulps (or a little further) either side of the power
          const step = Math.abs(ulps) <= 20 ? Number.EPSILON * x : 1e-13 * x;
          x += ulps * step;
          if (negative) x = -x;
          expect(tidy(x)).toBe(logTidy(x));
        },
      ),
      { numRuns: 20000 },
    );
  });
});
