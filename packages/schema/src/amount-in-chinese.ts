import { roundHalfAway } from './decimal.js';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const UNITS = ['仟', '佰', '拾', ''] as const;
/** Beyond this the cents of a double are no longer exact; no approval carries ten trillion yuan. */
const LIMIT = 1e13;

const digit = (d: number): string => DIGITS[d] ?? '';

/** 1–9999 in capitals: inner runs of zeros become one 零, trailing zeros vanish (1001 → 壹仟零壹, 1100 → 壹仟壹佰). */
function fourDigits(n: number): string {
  const ds = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    if (d === 0) {
      if (out !== '') zero = true;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += digit(d) + (UNITS[i] ?? '');
  });
  return out;
}

/** A whole number ≥ 1 in capitals with 万 and 亿; a gap below a 万 or 亿 group reads 零 (10010 → 壹万零壹拾). */
function whole(n: number): string {
  if (n >= 1e8) {
    const high = Math.floor(n / 1e8);
    const low = n % 1e8;
    if (low === 0) return `${whole(high)}亿`;
    return `${whole(high)}亿${low < 1e7 ? '零' : ''}${whole(low)}`;
  }
  if (n >= 1e4) {
    const high = Math.floor(n / 1e4);
    const low = n % 1e4;
    if (low === 0) return `${fourDigits(high)}万`;
    return `${fourDigits(high)}万${low < 1000 ? '零' : ''}${fourDigits(low)}`;
  }
  return fourDigits(n);
}

/**
 * An amount of yuan in Chinese capitals (大写金额), as cheques and reimbursement forms write it:
 * 1234.56 → 壹仟贰佰叁拾肆元伍角陆分, 100 → 壹佰元整, 0.05 → 伍分, 10010 → 壹万零壹拾元整,
 * 1.05 → 壹元零伍分, 0.5 → 伍角整, 0 → 零元整, -3 → 负叁元整. Rounds to the fen (half away from zero).
 * Returns '' for what is not an amount: NaN, infinities and anything of ten trillion or more.
 */
export function amountInChinese(n: number): string {
  if (typeof n !== 'number' || !Number.isFinite(n) || Math.abs(n) >= LIMIT) return '';
  const cents = Math.round(roundHalfAway(Math.abs(n), 2) * 100);
  if (cents === 0) return '零元整';
  const yuan = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  let out = n < 0 ? '负' : '';
  if (yuan > 0) out += `${whole(yuan)}元`;
  if (jiao === 0 && fen === 0) return `${out}整`;
  if (jiao > 0) out += `${digit(jiao)}角`;
  else if (yuan > 0) out += '零';
  if (fen > 0) return `${out}${digit(fen)}分`;
  // Ending on 角: 整 closes it, so nothing can be added after.
  return `${out}整`;
}
