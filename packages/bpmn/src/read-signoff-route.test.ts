import { readFileSync } from 'node:fs';
import type { FlowDefinition } from '@signoff/flow';
import { isSignoffError } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { BpmnReadError, readBpmn, readSignoffRoute, routeToBpmn, SIGNOFF_FORMAT_VERSION } from './index.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

const route: FlowDefinition = {
  key: 'leave',
  nodes: [
    { id: 'start', type: 'start', name: { zh: '发起', en: 'Submit' } },
    { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
  ],
  edges: [{ id: 'e1', from: 'start', to: 'end' }],
};

const refusal = async (xml: string): Promise<BpmnReadError> => {
  const { definitions } = await readBpmn(xml);
  try {
    readSignoffRoute(definitions);
  } catch (e) {
    if (e instanceof BpmnReadError) return e;
    throw e;
  }
  throw new Error('not refused');
};

describe('readSignoffRoute refusals', () => {
  it("refuses another modeller's file with a code the import can branch on, in the packages' one error shape", async () => {
    const e = await refusal(fixture('camunda-leave.bpmn'));
    expect(e.code).toBe('notSignoff');
    expect(e.messageKey).toBe('bpmnRead.notSignoff');
    expect(e.localized).toEqual({
      zh: '这不是 Signoff 导出的 BPMN 文件（缺少 signoff:route）',
      en: 'not a BPMN file exported by Signoff (no signoff:route)',
    });
    expect(isSignoffError(e)).toBe(true);
  });

  it('refuses a file from a newer Signoff, and one whose Signoff extension was edited out of shape', async () => {
    const xml = await routeToBpmn(route);
    const newer = await refusal(
      xml.replace(
        `formatVersion="${SIGNOFF_FORMAT_VERSION}"`,
        `formatVersion="${SIGNOFF_FORMAT_VERSION + 1}"`,
      ),
    );
    expect(newer.code).toBe('newerFormat');
    expect(newer.localized.en).toContain(`version ${SIGNOFF_FORMAT_VERSION + 1}`);
    const broken = await refusal(xml.replace(/type="end"/, 'type="teleport"'));
    expect(broken.code).toBe('malformedRoute');
    expect(broken.localized.zh).toContain('类型未知');
  });
});
