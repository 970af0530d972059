import type { Lang } from '../i18n/i18n';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');

/** A number as the person's locale writes it; `precision` fixes the decimals (money always shows them). */
export function formatNumber(n: number, lang: Lang, precision?: number): string {
  return n.toLocaleString(locale(lang), precision === undefined ? { maximumFractionDigits: 10 } : { minimumFractionDigits: precision, maximumFractionDigits: precision });
}

const SYMBOLS: Record<string, string> = { CNY: '¥', USD: '$', EUR: '€', HKD: 'HK$', JPY: '¥', GBP: '£' };

export const currencySymbol = (currency: string | undefined): string => SYMBOLS[currency ?? 'CNY'] ?? `${currency ?? ''} `;

export function formatMoney(n: number, lang: Lang, currency?: string, precision = 2): string {
  return `${currencySymbol(currency)}${formatNumber(n, lang, precision)}`;
}

/**
 * Bytes as a person reads a file size: 1.5 MB, 320 KB. `up` rounds up, so a file just over a
 * 1 MB limit reads 1.1 MB rather than a puzzling "1 MB is over the 1 MB limit".
 */
export function formatBytes(n: number, up = false): string {
  const round = up ? Math.ceil : Math.round;
  if (n >= 1024 * 1024) return `${round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${round(n / 1024)} KB`;
  return `${n} B`;
}
