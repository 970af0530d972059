import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { routeToBpmn } from '@signoff/bpmn';
import { describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n/i18n';
import type { FlowDefinition } from '../settings/route-types';
import { testFields, testFlow, testOrg } from '../settings/test-route';
import { RouteImportDialog } from './RouteImportDialog';

function open() {
  const onImport = vi.fn<(flow: FlowDefinition) => void>();
  const onClose = vi.fn();
  render(<RouteImportDialog open onClose={onClose} onImport={onImport} fields={testFields} org={testOrg} />);
  return { onImport, onClose };
}

const paste = (text: string) => fireEvent.change(screen.getByRole('textbox'), { target: { value: text } });
const confirm = () => fireEvent.click(screen.getByTestId('route-import-confirm'));
const pickFile = async (file: File) => {
  await act(async () => {
    fireEvent.change(screen.getByTestId('route-import-file'), { target: { files: [file] } });
    await Promise.resolve();
  });
};

/** testFlow with its last edge pointing at a node that is not there, and an approver the org lacks. */
const broken: FlowDefinition = {
  ...testFlow,
  nodes: testFlow.nodes.map((n) =>
    n.id === 'a2' && n.type === 'approve' ? { ...n, approvers: { kind: 'position', name: '总监' } } : n,
  ),
  edges: testFlow.edges.map((e) => (e.id === 'e8' ? { ...e, to: 'gone' } : e)),
};

describe('RouteImportDialog', () => {
  it('refuses malformed JSON with where it goes wrong, and imports nothing', async () => {
    const { onImport } = open();
    paste('{\n  "key": "k",\n  "nodes": [\n}');
    confirm();
    const error = await screen.findByTestId('route-import-error');
    expect(error.textContent).toContain('未导入');
    expect(error.textContent).toContain('JSON 格式错误（第 4 行第 1 列）');
    // the button still reads: nothing can be confirmed from a refusal
    expect(screen.getByTestId('route-import-confirm').textContent).toBe('读 取');
    confirm();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('refuses JSON that is not a route at all', async () => {
    const { onImport } = open();
    paste('{"fields": []}');
    confirm();
    expect((await screen.findByTestId('route-import-error')).textContent).toContain('这不是流程');
    expect(onImport).not.toHaveBeenCalled();
  });

  it('imports a route with a dangling edge after listing its problems', async () => {
    setLang('en');
    const { onImport, onClose } = open();
    paste(JSON.stringify(broken));
    confirm();
    const problems = await screen.findByTestId('route-import-problems');
    const items = within(problems).getAllByRole('listitem');
    const codes = items.map((li) => li.dataset.code);
    expect(codes).toContain('unknown_node');
    expect(codes).toContain('unknown_position');
    expect(problems.textContent).toContain('Edge "e8" ends at "gone", which does not exist');
    expect(problems.textContent).toContain('"Chairman" approvers: the org has no position "总监"');
    expect(screen.getByTestId('route-import-result').textContent).toContain(
      `This route has ${items.length} problem(s)`,
    );

    const button = screen.getByTestId('route-import-confirm');
    expect(button.textContent).toBe(`Import anyway (${items.length} problems)`);
    expect(onImport).not.toHaveBeenCalled();
    confirm();
    expect(onImport).toHaveBeenCalledWith(broken);
    expect(onClose).toHaveBeenCalled();
  });

  it('lists a cycle as a problem and still imports the route', async () => {
    const { onImport } = open();
    const looping: FlowDefinition = {
      ...testFlow,
      edges: testFlow.edges.map((e) => (e.id === 'e6' ? { ...e, to: 'a1' } : e)),
    };
    paste(JSON.stringify({ flow: looping }));
    confirm();
    const problems = await screen.findByTestId('route-import-problems');
    expect(problems.textContent).toContain('流程存在循环');
    confirm();
    expect(onImport).toHaveBeenCalledWith(looping);
  });

  it('reads back a BPMN file Signoff exported, the same route', async () => {
    const { onImport } = open();
    const xml = await routeToBpmn(testFlow);
    await pickFile(new File([xml], 'contract.bpmn', { type: 'application/xml' }));
    const result = await screen.findByTestId('route-import-result', {}, { timeout: 20_000 });
    expect(result.textContent).toContain('文件「contract.bpmn」');
    expect(result.textContent).toContain(
      `读到 ${testFlow.nodes.length} 个节点、${testFlow.edges.length} 条连线`,
    );
    expect(result.textContent).toContain('没有发现问题');
    confirm();
    expect(onImport).toHaveBeenCalledTimes(1);
    expect(onImport.mock.calls[0]?.[0]).toEqual(testFlow);
  });

  it('refuses malformed XML with its line and column', async () => {
    const { onImport } = open();
    await pickFile(new File(['<bpmn:definitions>\n  <bpmn:process>\n</bpmn:definitions>'], 'broken.bpmn'));
    await waitFor(
      () =>
        expect(screen.getByTestId('route-import-error').textContent).toContain(
          'XML 格式错误（第 3 行第 1 列）',
        ),
      {
        timeout: 20_000,
      },
    );
    expect(screen.getByTestId('route-import-error').textContent).toContain('结束标签与开始标签不匹配');
    expect(onImport).not.toHaveBeenCalled();
  });

  it('refuses a file that is neither JSON nor BPMN', async () => {
    open();
    await pickFile(new File(['x'], 'route.txt'));
    expect((await screen.findByTestId('route-import-error')).textContent).toContain(
      '只能导入 .json 或 .bpmn 文件',
    );
  });
});
