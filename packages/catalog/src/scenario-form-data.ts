import type { FormField, FormModel } from '@signoff/schema';
import { simulationError } from './catalog-error.js';

const NUMBER_TYPES = new Set(['number', 'money']);
const SINGLE_CHOICE = new Set(['select', 'radio']);
const MULTI_CHOICE = new Set(['multiSelect', 'checkbox']);

/** A field by its key, its Chinese label or its English label (people write 请假天数, scripts write `days`). */
function findField(model: FormModel, name: string): FormField | undefined {
  return (
    model.fields.find((f) => f.key === name) ??
    model.fields.find((f) => f.label.zh === name) ??
    model.fields.find((f) => f.label.en.toLowerCase() === name.toLowerCase())
  );
}

function choice(field: FormField, value: unknown): string {
  const options = field.options ?? [];
  const hit = options.find((o) => o.value === value || o.label.zh === value || o.label.en === value);
  if (!hit) {
    throw simulationError({
      zh: `「${field.label.zh}」没有选项「${String(value)}」（可选：${options.map((o) => o.value).join('、')}）`,
      en: `"${field.label.en}" has no option "${String(value)}" (choose from ${options.map((o) => o.value).join(', ')})`,
    });
  }
  return hit.value;
}

/**
 * Turns a scenario's `data` into form data keyed by field key. Numbers may come as text
 * ("3"), options by value or label; an unknown field or option is an error, so a typo in a
 * scenario is reported rather than silently routed as empty. Fields not given stay empty.
 */
export function scenarioFormData(model: FormModel, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(data)) {
    const field = findField(model, name);
    if (!field) {
      throw simulationError({
        zh: `表单「${model.title.zh}」中没有字段「${name}」（字段：${model.fields
          .filter((f) => f.type !== 'description')
          .map((f) => f.label.zh)
          .join('、')}）`,
        en: `The form "${model.title.en}" has no field "${name}" (fields: ${model.fields
          .filter((f) => f.type !== 'description')
          .map((f) => f.key)
          .join(', ')})`,
      });
    }
    if (raw === null || raw === '') continue;
    if (NUMBER_TYPES.has(field.type)) {
      const n = typeof raw === 'string' ? Number(raw.trim()) : raw;
      if (typeof n !== 'number' || !Number.isFinite(n)) {
        throw simulationError({
          zh: `「${field.label.zh}」须为数字，收到 ${JSON.stringify(raw)}`,
          en: `"${field.label.en}" must be a number, got ${JSON.stringify(raw)}`,
        });
      }
      out[field.key] = n;
    } else if (SINGLE_CHOICE.has(field.type)) {
      out[field.key] = choice(field, raw);
    } else if (MULTI_CHOICE.has(field.type)) {
      out[field.key] = (Array.isArray(raw) ? raw : [raw]).map((v) => choice(field, v));
    } else {
      out[field.key] = raw;
    }
  }
  return out;
}
