import type { FormField, FormModel } from '@signoff/schema';

/** Who fills the sample: user and department fields pick these. */
export interface SampleContext {
  userId: string;
  departmentId: string;
  /** the day written into date fields, `YYYY-MM-DD` */
  today: string;
}

const dayAfter = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function sampleValue(f: FormField, ctx: SampleContext): unknown {
  switch (f.type) {
    case 'text':
    case 'textarea':
      return `${f.label.zh}（示例）`;
    case 'number':
      return Math.max(f.min ?? 1, 1);
    case 'money':
      return Math.max(f.min ?? 0, 1000);
    case 'date':
      return ctx.today;
    case 'dateRange':
      return [ctx.today, dayAfter(ctx.today)];
    case 'time':
      return '09:00';
    case 'select':
    case 'radio':
      return f.options?.[0]?.value;
    case 'multiSelect':
    case 'checkbox':
      return f.options?.[0] ? [f.options[0].value] : [];
    case 'user':
      return f.multiple ? [ctx.userId] : ctx.userId;
    case 'department':
      return f.multiple ? [ctx.departmentId] : ctx.departmentId;
    case 'attachment':
    case 'image':
      return [
        {
          id: 'sample-file',
          name: 'sample.pdf',
          size: 1024,
          type: f.type === 'image' ? 'image/png' : 'application/pdf',
        },
      ];
    case 'signature':
      return 'sample-signature';
    case 'table': {
      const row: Record<string, unknown> = {};
      for (const c of f.columns ?? []) if (c.required) row[c.key] = sampleValue(c, ctx);
      return [row];
    }
    default:
      return undefined;
  }
}

/**
 * A submission that passes the form's schema: every required field filled with a plausible value
 * of its type (the first option, one table row). The import tests submit one per template, and
 * `overrides` sets the fields a route branches on.
 */
export function sampleSubmission(
  model: FormModel,
  ctx: SampleContext,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of model.fields) {
    if (
      !f.required ||
      f.readOnly ||
      f.type === 'serialNumber' ||
      f.type === 'computed' ||
      f.type === 'description'
    )
      continue;
    const v = sampleValue(f, ctx);
    if (v !== undefined) out[f.key] = v;
  }
  return { ...out, ...overrides };
}
