import type { JsonSchema } from '@signoff/schema';
import type { TFunction } from 'i18next';
import type { Lang } from '../../i18n/i18n';
import { formatNumber } from '../format-number';

/** Decimal places a `multipleOf` step stands for (0.01 → 2); undefined for other steps. */
export function decimalsOf(step: number | undefined): number | undefined {
  if (step === undefined) return undefined;
  for (let p = 0; p <= 10; p++) if (Number(`1e-${p}`) === step) return p;
  return undefined;
}

/**
 * The limits of a number as a sentence shown before anyone types ("可填 0.5 ~ 365，最多 1 位小数"):
 * an out-of-range number is kept as typed and refused with this limit, never changed silently.
 */
export function numberLimits(schema: JsonSchema | undefined, t: TFunction, lang: Lang, money = false): string {
  if (!schema) return '';
  const parts: string[] = [];
  const { minimum: min, maximum: max } = schema;
  const show = (n: number) => formatNumber(n, lang);
  if (min !== undefined && max !== undefined) parts.push(t('renderer.limit.between', { min: show(min), max: show(max) }));
  else if (min !== undefined && min !== 0) parts.push(t('renderer.limit.atLeast', { min: show(min) }));
  else if (max !== undefined) parts.push(t('renderer.limit.atMost', { max: show(max) }));
  if (schema.type === 'integer') parts.push(t('renderer.limit.wholeNumber'));
  const places = decimalsOf(schema.multipleOf);
  if (places !== undefined && places > 0 && !(money && places === 2)) parts.push(t('renderer.limit.decimals', { places }));
  return parts.join(lang === 'zh' ? '，' : '; ');
}
