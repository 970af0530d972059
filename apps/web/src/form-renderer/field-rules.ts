import type { Rule } from 'antd/es/form';
import type { JsonSchema, UiField } from '@signoff/schema';
import type { TFunction } from 'i18next';
import type { Lang } from '../i18n/i18n';
import { pickText } from './localized';
import { CHOICE_WIDGETS, LIST_WIDGETS } from './widget-registry';

/** Whether the applicant must fill the field: the JSON Schema decides, the UI schema may add to it. */
export function isRequired(key: string, field: UiField, root: JsonSchema): boolean {
  if (field.readOnly || field.hidden) return false;
  return field.required === true || (root.required?.includes(key) ?? false);
}

const TEXT_WIDGETS: ReadonlySet<string> = new Set(['text', 'textarea']);
const NUMBER_WIDGETS: ReadonlySet<string> = new Set(['number', 'money']);

/**
 * The rule must name the value's type: async-validator treats an untyped rule as a string rule,
 * and `whitespace` on a number then fails even when the number is there.
 */
function requiredRule(field: UiField, message: string): Rule {
  if (LIST_WIDGETS.has(field.widget)) return { required: true, type: 'array', min: 1, message };
  if (NUMBER_WIDGETS.has(field.widget)) return { required: true, type: 'number', message };
  if (TEXT_WIDGETS.has(field.widget)) return { required: true, whitespace: true, message };
  return { required: true, message };
}

/**
 * Client-side checks that mirror the schema, so common mistakes are caught before a round trip.
 * The server validates again; its field errors land on the same fields.
 */
export function fieldRules(key: string, field: UiField, root: JsonSchema, t: TFunction, lang: Lang): Rule[] {
  const rules: Rule[] = [];
  const label = pickText(field.label, lang);
  if (isRequired(key, field, root)) {
    const message = t(CHOICE_WIDGETS.has(field.widget) ? 'form.requiredChoice' : 'form.required', { label });
    rules.push(requiredRule(field, message));
  }
  return rules;
}
