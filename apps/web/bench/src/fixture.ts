// The benchmark form, from the renderer's own builder: 299 fields cycling through the field types,
// visibility rules and computed totals, plus a 7-column detail table filled with 50 rows. Without
// the people pickers: they look names up on the server, which the benchmark page has none of.
import type { FormModel, JsonSchema, UiSchema } from '@signoff/schema';
import { buildBenchForm } from '../../src/form-renderer/bench-form';

export interface BenchFixture {
  model: FormModel;
  schema: JsonSchema;
  uiSchema: UiSchema;
  data: Record<string, unknown>;
  /** the text field keystrokes go to, mid-form */
  targetKey: string;
  /** a text field near the end: the form has finished drawing when its input exists */
  lastKey: string;
  tableRows: number;
}

export function benchFixture(): BenchFixture {
  const { model, schema, uiSchema, data } = buildBenchForm({ people: false });
  // plain text fields no rule hides and no formula reads, so a keystroke in them costs that field alone
  const texts = model.fields.filter((f) => f.type === 'text' && !f.visibleWhen).map((f) => f.key);
  const targetKey = texts[Math.floor(texts.length / 2)];
  const lastKey = texts[texts.length - 1];
  if (!targetKey || !lastKey) throw new Error('the benchmark form has no text field');
  const rows = Array.isArray(data.items) ? data.items.length : 0;
  return { model, schema, uiSchema, data, targetKey, lastKey, tableRows: rows };
}
