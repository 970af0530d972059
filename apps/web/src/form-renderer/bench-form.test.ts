import { validateSubmission } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { buildBenchForm } from './bench-form';
import { createFormStore } from './store/form-store';

describe('buildBenchForm', () => {
  it('builds 300 fields and a 50-row table whose sample data the server would accept', () => {
    for (const people of [true, false]) {
      const { model, schema, uiSchema, data } = buildBenchForm({ people });
      expect(model.fields).toHaveLength(300);
      expect(uiSchema.order).toHaveLength(300);
      expect(data.items).toHaveLength(50);
      const result = validateSubmission(schema, data);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it('fills the computed totals from the table as the store opens it', () => {
    const { model, schema, uiSchema, data } = buildBenchForm();
    const store = createFormStore({ model, schema, uiSchema, initial: data });
    // 50 rows of qty (1..5) × 10.5 each
    const expected = Array.from({ length: 50 }, (_, i) => ((i % 5) + 1) * 10.5).reduce((a, b) => a + b, 0);
    expect(store.get('calc0')).toBe(expected);
  });
});
