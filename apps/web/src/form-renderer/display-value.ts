import type { UiField } from '@signoff/schema';
import type { Lang } from '../i18n/i18n';
import { formatMoney, formatNumber } from './format-number';
import { pickText } from './localized';

const plain = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
};

const optionLabel = (field: Pick<UiField, 'options'>, value: unknown, lang: Lang): string => {
  const o = field.options?.find((opt) => opt.value === value);
  return o ? pickText(o.label, lang) : plain(value);
};

/**
 * A value of the text-like field types as a person reads it: option labels instead of codes,
 * numbers and money in the locale, a date range as "start ~ end". '' for nothing filled in.
 * People, files, tables and signatures have richer views (data-view/DataValue).
 */
export function displayValue(field: Pick<UiField, 'widget' | 'options' | 'precision' | 'currency'>, value: unknown, lang: Lang): string {
  if (value === undefined || value === null || value === '') return '';
  switch (field.widget) {
    case 'select':
    case 'radio':
      return optionLabel(field, value, lang);
    case 'multiSelect':
    case 'checkbox':
      return Array.isArray(value) ? value.map((v) => optionLabel(field, v, lang)).join(lang === 'zh' ? '、' : ', ') : plain(value);
    case 'money':
      return typeof value === 'number' ? formatMoney(value, lang, field.currency, field.precision ?? 2) : plain(value);
    case 'number':
      return typeof value === 'number' ? formatNumber(value, lang) : plain(value);
    case 'computed':
      return typeof value === 'number' ? formatNumber(value, lang, field.precision) : plain(value);
    case 'dateRange':
      return Array.isArray(value) ? value.map(plain).join(' ~ ') : plain(value);
    default:
      return plain(value);
  }
}
