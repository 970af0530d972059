import type { UiField } from '@signoff/schema';
import type { Lang } from '../i18n/i18n';
import { pickText } from './localized';

/** Any JSON value as text; objects (a file, a table row) as JSON until they get their own view. */
const plain = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
};

const optionLabel = (field: UiField, value: unknown, lang: Lang): string => {
  const o = field.options?.find((opt) => opt.value === value);
  return o ? pickText(o.label, lang) : plain(value);
};

/** A submitted value as a person reads it: option labels instead of codes, money with its currency. */
export function displayValue(field: UiField, value: unknown, lang: Lang): string {
  if (value === undefined || value === null || value === '') return '';
  switch (field.widget) {
    case 'select':
    case 'radio':
      return optionLabel(field, value, lang);
    case 'multiSelect':
    case 'checkbox':
      return Array.isArray(value) ? value.map((v) => optionLabel(field, v, lang)).join(lang === 'zh' ? '、' : ', ') : plain(value);
    case 'money':
      return typeof value === 'number'
        ? `¥${value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: field.precision ?? 2, maximumFractionDigits: field.precision ?? 2 })}`
        : plain(value);
    case 'dateRange':
      return Array.isArray(value) ? value.join(' ~ ') : plain(value);
    default:
      return plain(value);
  }
}
