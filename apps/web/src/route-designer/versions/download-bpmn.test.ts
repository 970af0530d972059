import { describe, expect, it } from 'vitest';
import { layoutRoute } from '@signoff/designer';
import { leaveRouteExample } from '@signoff/flow';
import { bpmnFileName, layoutFits, routeAsBpmn } from './download-bpmn';
import { errorWords } from './error-words';

const name = { zh: '请假申请', en: 'Leave request' };

describe('routeAsBpmn', () => {
  it("writes the draft as <key>.bpmn with the canvas's own positions as the diagram", async () => {
    const flow = leaveRouteExample();
    const layout = await layoutRoute(flow);
    const head = layout.nodes.find((n) => n.id === 'dept-head');
    const file = await routeAsBpmn({ key: 'leave', flow, layout, name, lang: 'en' });
    expect(file.fileName).toBe('leave.bpmn');
    expect(file.xml).toContain('name="Leave request"');
    expect(file.xml).toContain('name="Department head"');
    // the approve step's shape sits where the canvas draws it
    expect(file.xml).toMatch(
      new RegExp(`<dc:Bounds x="${head?.x}" y="${head?.y}" width="${head?.width}" height="${head?.height}"`),
    );
  });

  it("lays the route out afresh when the canvas's layout is an older route's", async () => {
    const flow = leaveRouteExample();
    const stale = await layoutRoute({ ...flow, nodes: flow.nodes.filter((n) => n.id !== 'leader') });
    expect(layoutFits(stale, flow)).toBe(false);
    expect(layoutFits(await layoutRoute(flow), flow)).toBe(true);
    const file = await routeAsBpmn({ key: 'leave', flow, layout: stale, name, lang: 'zh' });
    expect(file.xml.match(/<bpmndi:BPMNShape /g)).toHaveLength(flow.nodes.length);
  });

  it('refuses a malformed route with the reason in both languages', async () => {
    const flow = leaveRouteExample();
    flow.edges.push({ id: 'e-lost', from: 'leader', to: 'nowhere' });
    const refused = await routeAsBpmn({ key: 'leave', flow, layout: null, name, lang: 'zh' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(errorWords(refused, 'zh')).toContain('连到了不存在的节点「nowhere」');
    expect(errorWords(refused, 'en')).toContain('points at a node that does not exist ("nowhere")');
  });
});

describe('bpmnFileName', () => {
  it('keeps the key and replaces what a file name cannot hold', () => {
    expect(bpmnFileName('contract-seal')).toBe('contract-seal.bpmn');
    expect(bpmnFileName('a/b: c')).toBe('a-b-c.bpmn');
    expect(bpmnFileName('  ')).toBe('route.bpmn');
  });
});
