import { describe, expect, it } from 'vitest';
import { mappingInput, withChoice } from './catalog-mapping';

describe('the wizard mapping', () => {
  it('adds, replaces and drops choices; "create it" leaves no trace in the input', () => {
    const a = withChoice({}, 'position', '董事长', 'p-gm');
    expect(a).toEqual({ positions: { 董事长: 'p-gm' } });
    const b = withChoice(withChoice(a, 'department', '综合部', 'd-admin'), 'position', '董事长', 'p-other');
    expect(b).toEqual({ positions: { 董事长: 'p-other' }, departments: { 综合部: 'd-admin' } });
    const c = withChoice(withChoice(b, 'position', '董事长', ''), 'department', '综合部', '');
    expect(c).toEqual({});
    expect(mappingInput(c)).toEqual({});
    expect(mappingInput(a)).toEqual({ mapping: a });
  });
});
