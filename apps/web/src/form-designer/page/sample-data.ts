import type { FormField, FormModel } from '@signoff/schema';

/** A plausible value for a field the preview can fill without pickers or uploads; undefined leaves it empty. */
function sampleOf(f: FormField): unknown {
  if (f.default !== undefined) return f.default;
  const first = f.options?.[0]?.value;
  switch (f.type) {
    case 'text':
      return f.label.zh ? `示例${f.label.zh}` : '示例';
    case 'textarea':
      return '这是一段示例文字。';
    case 'number':
      return Math.max(f.min ?? 1, 1);
    case 'money':
      return Math.max(f.min ?? 0, 100);
    case 'select':
    case 'radio':
      return first;
    case 'multiSelect':
    case 'checkbox':
      return first === undefined ? undefined : [first];
    case 'table': {
      const row = sampleData({ modelVersion: 1, key: 'row', title: f.label, fields: f.columns ?? [] });
      return Object.keys(row).length > 0 ? [row] : undefined;
    }
    default:
      return undefined;
  }
}

/** Sample answers for the preview, so rules and totals show something; read-only and computed fields stay empty. */
export function sampleData(model: FormModel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of model.fields) {
    if (f.readOnly || f.type === 'computed' || f.type === 'serialNumber') continue;
    const v = sampleOf(f);
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}
