import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { routeToBpmn } from '@signoff/bpmn';
import { describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { choose } from '../settings/select-test-helpers';
import type { FlowDefinition } from '../settings/route-types';
import { testFields, testFlow, testOrg } from '../settings/test-route';
import { RouteImportDialog } from './RouteImportDialog';

function open() {
  const onImport = vi.fn<(flow: FlowDefinition) => void>();
  const onClose = vi.fn();
  render(
    <RouteImportDialog
      open
      onClose={onClose}
      onImport={onImport}
      fields={testFields}
      org={testOrg}
      routeKey="contract"
    />,
  );
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

  describe('a BPMN file from another modeller', () => {
    /** Camunda-style: candidate groups named like the org's position and role, one the org lacks, a condition on a field the form does not have, a service task. */
    const camunda = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d">
  <bpmn:process id="contract_review" name="合同审批" isExecutable="true">
    <bpmn:startEvent id="start"/>
    <bpmn:userTask id="chair" name="董事长审批" camunda:candidateGroups="董事长"/>
    <bpmn:exclusiveGateway id="gw" default="small"/>
    <bpmn:userTask id="seal" name="用印" camunda:candidateGroups="印章管理员"/>
    <bpmn:userTask id="pay" name="付款" camunda:candidateGroups="treasury"/>
    <bpmn:serviceTask id="erp" name="写入 ERP" camunda:class="com.acme.Erp"/>
    <bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="chair"/>
    <bpmn:sequenceFlow id="f2" sourceRef="chair" targetRef="gw"/>
    <bpmn:sequenceFlow id="big" sourceRef="gw" targetRef="seal"><bpmn:conditionExpression>\${amount &gt;= 10000}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="abroad" sourceRef="gw" targetRef="pay"><bpmn:conditionExpression>\${city == 'abroad'}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="small" sourceRef="gw" targetRef="erp"/>
    <bpmn:sequenceFlow id="f3" sourceRef="erp" targetRef="end"/>
    <bpmn:sequenceFlow id="f4" sourceRef="seal" targetRef="end"/>
    <bpmn:sequenceFlow id="f5" sourceRef="pay" targetRef="end"/>
  </bpmn:process>
</bpmn:definitions>`;

    const row = (name: string) => screen.getByRole('group', { name });

    it('maps candidate groups by name, lists what it could not place or run, and imports once the rest is mapped', async () => {
      setLang('zh');
      const { onImport } = open();
      await pickFile(new File([camunda], 'contract.bpmn'));
      const mapping = await screen.findByTestId('route-import-mapping', {}, { timeout: 20_000 });
      const rows = within(mapping).getAllByTestId('route-import-mapping-row');
      expect(rows.map((r) => r.dataset.key)).toEqual(['group:董事长', 'group:印章管理员', 'group:treasury']);
      // 董事长 is a position of the org and 印章管理员 a role: matched by name; treasury is not
      expect(row('候选组「董事长」').textContent).toContain('已按名称匹配');
      expect(within(row('候选组「董事长」')).getByTestId('approvers-in-words').textContent).toBe(
        '审批人：职位「董事长」',
      );
      expect(within(row('候选组「印章管理员」')).getByTestId('approvers-in-words').textContent).toBe(
        '审批人：角色「印章管理员」',
      );
      expect(row('候选组「treasury」').textContent).toContain('请选择');
      expect(row('候选组「treasury」').textContent).toContain('用于：付款');

      const unplaced = screen.getByTestId('route-import-unplaced');
      expect(unplaced.textContent).toContain('1 个条件没有放到表单字段上');
      expect(unplaced.textContent).toContain(
        "条件分支 → 付款：${city == 'abroad'}（表单中没有名为「city」的字段）",
      );
      const unsupported = screen.getByTestId('route-import-unsupported');
      expect(unsupported.textContent).toContain('写入 ERP erp（serviceTask）');
      expect(unsupported.textContent).toContain('Signoff 不运行它');

      // the unmapped group and the condition-less path stop publishing: listed before the import
      const problems = screen.getByTestId('route-import-problems');
      const codes = within(problems)
        .getAllByRole('listitem')
        .map((li) => li.dataset.code);
      expect(codes).toContain('unknown_role');
      expect(codes).toContain('edge_without_condition');

      fireEvent.click(within(row('候选组「treasury」')).getByRole('radio', { name: '职位' }));
      await choose('选择职位', '出纳', row('候选组「treasury」'));
      await waitFor(() => expect(row('候选组「treasury」').textContent).not.toContain('请选择'));
      expect(
        within(screen.getByTestId('route-import-problems'))
          .getAllByRole('listitem')
          .map((li) => li.dataset.code),
      ).toEqual(['edge_without_condition']);

      confirm();
      expect(onImport).toHaveBeenCalledTimes(1);
      const flow = onImport.mock.calls[0]?.[0];
      expect(flow?.key).toBe('contract');
      const approvers = (id: string) => flow?.nodes.find((n) => n.id === id);
      expect(approvers('chair')).toMatchObject({ approvers: { kind: 'position', name: '董事长' } });
      expect(approvers('seal')).toMatchObject({ approvers: { kind: 'role', name: '印章管理员' } });
      expect(approvers('pay')).toMatchObject({ approvers: { kind: 'position', name: '出纳' } });
      expect(flow?.edges.find((e) => e.id === 'big')?.condition).toEqual({
        op: 'gte',
        left: { field: 'amount' },
        right: { value: 10000 },
      });
      // the service task is left out: the default path goes straight to the end
      expect(flow?.edges.find((e) => e.id === 'small')).toMatchObject({
        from: 'gw',
        to: 'end',
        isDefault: true,
      });
    });

    it('says the same in English', async () => {
      setLang('en');
      open();
      await pickFile(new File([camunda], 'contract.bpmn'));
      await screen.findByTestId('route-import-mapping', {}, { timeout: 20_000 });
      expect(row('Candidate group「treasury」').textContent).toContain('Used by: 付款');
      expect(screen.getByTestId('route-import-unplaced').textContent).toContain(
        `Branch → 付款: \${city == 'abroad'} (the form has no field named "city")`,
      );
      expect(screen.getByTestId('route-import-unsupported').textContent).toContain('Signoff does not run it');
      setLang('zh');
    });

    it('refuses a broken foreign file with where it breaks, and maps nothing', async () => {
      const { onImport } = open();
      await pickFile(new File([camunda.replace('</bpmn:process>', '')], 'contract.bpmn'));
      const error = await screen.findByTestId('route-import-error', {}, { timeout: 20_000 });
      expect(error.textContent).toMatch(/XML 格式错误（第 \d+ 行第 \d+ 列）：结束标签与开始标签不匹配/);
      expect(screen.queryByTestId('route-import-mapping')).toBeNull();
      expect(onImport).not.toHaveBeenCalled();
    });
  });
});
