/**
 * Decimal-minded helpers for numbers people type: money and days. Doubles stay doubles; the
 * helpers only undo the binary noise (0.1 + 0.2) that a person would call a wrong answer. Both run
 * per table row on every submission, so the common case stays in arithmetic and only a value
 * sitting on a rounding boundary takes the exact, slower road through its decimal text.
 */

const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** Rounds half away from zero to `places` decimals, on the decimal digits a person sees (1.005 → 1.01). */
export function roundHalfAway(x: number, places: number): number {
  // From 1e15 on a double has no decimals worth rounding, and shifting could overflow.
  if (!Number.isFinite(x) || Math.abs(x) >= 1e15) return x;
  const f = POW10[places];
  const abs = Math.abs(x);
  if (f !== undefined) {
    const scaled = abs * f;
    const floor = Math.floor(scaled);
    const frac = scaled - floor;
    // Clear of the half, plain rounding is right; integer ÷ power of ten is the nearest double to the decimal.
    if (Math.abs(frac - 0.5) > 1e-6) {
      const r = (frac > 0.5 ? floor + 1 : floor) / f;
      return x < 0 && r !== 0 ? -r : r;
    }
  }
  // On the boundary: shift the decimal point in the text, so 1.005 is 100.5 hundredths, not 100.49999999999999.
  const text = String(abs);
  const shifted = text.includes('e') ? abs * 10 ** places : Number(`${text}e${places}`);
  const rounded = Math.round(shifted);
  const back = text.includes('e') ? rounded / 10 ** places : Number(`${rounded}e-${places}`);
  return x < 0 && back !== 0 ? -back : back;
}

/** Powers of ten as `10 ** e` computes them, for e in −8…14: the exponents money and days live in. */
const LOW = -8;
const POWERS = Array.from({ length: 23 }, (_, i) => 10 ** (i + LOW));
/** Clear of a power of ten by this factor, log10 (good to an ulp) cannot floor to the wrong integer. */
const GUARD = 1e-12;

/**
 * ⌊log10(abs)⌋ exactly as `Math.floor(Math.log10(abs))` corrected below powers of ten gives it.
 * tidy runs per table row, and log10 plus `**` were most of its cost, so values clear of a power
 * of ten find their exponent in a table; near a power, or out of the table, the original road.
 */
function decimalExponent(abs: number): number {
  let lo = 0;
  let hi = POWERS.length - 1;
  const first = POWERS[lo] ?? 0;
  const last = POWERS[hi] ?? 0;
  if (abs > first && abs < last) {
    // Largest i with POWERS[i] <= abs.
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((POWERS[mid] ?? 0) <= abs) lo = mid;
      else hi = mid;
    }
    const below = POWERS[lo] ?? 0;
    const above = POWERS[lo + 1] ?? 0;
    if (abs >= below * (1 + GUARD) && abs <= above * (1 - GUARD)) return lo + LOW;
  }
  let exponent = Math.floor(Math.log10(abs));
  // log10 rounds up just below a power of ten (log10(99999999999999.8) is 14)
  if (abs < 10 ** exponent) exponent -= 1;
  return exponent;
}

/** 15 significant digits, what a spreadsheet shows: 0.1 + 0.2 → 0.3, 1 / 3 → 0.333333333333333. */
export function tidy(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (Number.isInteger(x)) return x || 0;
  const abs = Math.abs(x);
  const exponent = decimalExponent(abs);
  const digits = 14 - exponent;
  const f = POW10[digits];
  if (f === undefined || digits < 0) return Number(x.toPrecision(15)) || 0;
  const scaled = x * f;
  // Near a half the product's own rounding can tip it; the text is exact there.
  if (Math.abs(Math.abs(scaled - Math.trunc(scaled)) - 0.5) < 1e-3) return Number(x.toPrecision(15)) || 0;
  return Math.round(scaled) / f || 0;
}
