import { routeToBpmn } from '@signoff/bpmn';
import { describe, expect, it } from 'vitest';
import { testFields, testFlow } from '../settings/test-route';
import { routeFromBpmn } from './route-from-bpmn';

const BPMN = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';

describe('routeFromBpmn', () => {
  it('reads a BPMN file another modeller wrote as a draft to map, its conditions on the form', async () => {
    const xml = `<bpmn:definitions ${BPMN} xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d">
      <bpmn:process id="p">
        <bpmn:startEvent id="s"/>
        <bpmn:exclusiveGateway id="g" default="f3"/>
        <bpmn:userTask id="t" name="财务审核" camunda:candidateGroups="finance"/>
        <bpmn:endEvent id="e"/>
        <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="g"/>
        <bpmn:sequenceFlow id="f2" sourceRef="g" targetRef="t"><bpmn:conditionExpression>\${amount &gt; 5000}</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="f3" sourceRef="g" targetRef="e"/>
        <bpmn:sequenceFlow id="f4" sourceRef="t" targetRef="e"/>
      </bpmn:process></bpmn:definitions>`;
    const read = await routeFromBpmn(xml, { fields: testFields });
    if (!read.ok || !read.foreign) throw new Error('not read as a foreign file');
    expect(read.foreign.imported.references.map((r) => r.key)).toEqual(['group:finance']);
    expect(read.flow.edges.find((e) => e.id === 'f2')?.condition).toEqual({
      op: 'gt',
      left: { field: 'amount' },
      right: { value: 5000 },
    });
    const mapped = read.foreign.apply({ 'group:finance': { kind: 'position', name: '财务经理' } });
    expect(mapped.nodes.find((n) => n.id === 't')).toMatchObject({
      approvers: { kind: 'position', name: '财务经理' },
    });
  });

  it('refuses a Signoff file it cannot read back, saying why', async () => {
    const xml = (await routeToBpmn(testFlow)).replace('formatVersion="1"', 'formatVersion="9"');
    expect(await routeFromBpmn(xml)).toEqual({
      ok: false,
      error: {
        zh: '无法读取 BPMN 文件：扩展格式版本 9 比本程序支持的更新',
        en: 'The BPMN file cannot be read: extension format version 9 is newer than this program supports',
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
