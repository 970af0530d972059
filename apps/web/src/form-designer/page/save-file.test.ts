import { describe, expect, it } from 'vitest';
import { schemaFileName } from './save-file';

describe('schemaFileName', () => {
  it('names the JSON Schema after the types file of the same version', () => {
    expect(schemaFileName('leave.v3.d.ts')).toBe('leave.v3.schema.json');
    expect(schemaFileName('trip.ts')).toBe('trip.schema.json');
    expect(schemaFileName('.d.ts')).toBe('form.schema.json');
  });
});
