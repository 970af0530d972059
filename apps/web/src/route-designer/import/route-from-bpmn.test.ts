import { describe, expect, it } from 'vitest';
import { routeFromBpmn } from './route-from-bpmn';

const BPMN = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';

describe('routeFromBpmn', () => {
  it('refuses a BPMN file another modeller wrote, saying why', async () => {
    const xml = `<bpmn:definitions ${BPMN} id="d"><bpmn:process id="p"><bpmn:userTask id="t"/></bpmn:process></bpmn:definitions>`;
    expect(await routeFromBpmn(xml)).toEqual({
      ok: false,
      error: {
        zh: '无法读取 BPMN 文件：这不是 Signoff 导出的 BPMN 文件（缺少 signoff:route）',
        en: 'The BPMN file cannot be read: not a BPMN file exported by Signoff (no signoff:route)',
      },
    });
  });

  it('refuses well-formed XML that is not BPMN', async () => {
    const read = await routeFromBpmn('<?xml version="1.0"?>\n<route><node/></route>');
    expect(read).toEqual({
      ok: false,
      error: {
        zh: '这不是 BPMN 2.0 文件（缺少 bpmn:definitions）',
        en: 'This is not a BPMN 2.0 file (no bpmn:definitions)',
      },
    });
  });

  it('counts lines and columns from 1, as editors do', async () => {
    const read = await routeFromBpmn('{"nodes": []}');
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.error.en).toBe('The XML is malformed (line 1, column 1): a start tag is missing');
  });
});
