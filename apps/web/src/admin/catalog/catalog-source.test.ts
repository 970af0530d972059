import { describe, expect, it } from 'vitest';
import { matchesCatalog, readTemplateFile, sourceInput } from './catalog-source';

const file = {
  formatVersion: 1,
  key: 'sc_vehicle',
  title: { zh: '派车申请', en: 'Vehicle request' },
  route: { nodes: [{ type: 'start' }, { type: 'approve' }, { type: 'handle' }, { type: 'end' }] },
};

describe('an uploaded template file', () => {
  it('is read into a card with its one flow and its step count, and sent whole to the server', () => {
    const source = readTemplateFile(JSON.stringify(file));
    expect(source?.flows).toEqual([{ key: 'sc_vehicle', title: file.title, steps: 2 }]);
    expect(source && sourceInput(source)).toEqual({ catalog: 'upload', file });
  });

  it('is refused when it is not JSON or not a template file', () => {
    expect(readTemplateFile('PK\u0003\u0004 not json')).toBeNull();
    expect(readTemplateFile('[1, 2]')).toBeNull();
    expect(readTemplateFile(JSON.stringify({ key: 'x' }))).toBeNull();
  });
});

describe('the gallery search', () => {
  it('finds a catalog by its title or one of its flows', () => {
    const c = {
      code: 'small-company',
      title: { zh: '小公司审批目录', en: 'Small company' },
      flows: [{ key: 'sc_seal', title: { zh: '用章审批', en: 'Seal' }, steps: 3 }],
    };
    expect(matchesCatalog(c, '用章')).toBe(true);
    expect(matchesCatalog(c, 'small')).toBe(true);
    expect(matchesCatalog(c, '报销')).toBe(false);
  });
});
