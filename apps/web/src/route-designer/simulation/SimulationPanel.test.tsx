import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { leaveRouteExample } from '@signoff/flow';
import { loadValidatorFactory, preloadAllWidgets } from '../../form-renderer';
import { testApi, type Answer } from '../../request/test/test-api';
import type { SavedCase } from './case-result';
import type { LitPath } from './lit-path';
import { SimulationPanel, type SimulationMemory } from './SimulationPanel';
import { demoOrgView, leaveModel } from './test/simulation-fixtures';

await Promise.all([loadValidatorFactory(), preloadAllWidgets()]);

function renderPanel(answers: Record<string, Answer> = {}, flow = leaveRouteExample()) {
  const onPath = vi.fn<(lit: LitPath | null) => void>();
  const api = testApi({ 'simulationCases.list': () => [], ...answers });
  render(
    api.wrap(
      <SimulationPanel
        templateId="t-leave"
        flow={flow}
        model={leaveModel()}
        org={demoOrgView()}
        onPath={onPath}
      />,
    ),
  );
  const lastPath = () => onPath.mock.calls.at(-1)?.[0];
  return { api, onPath, lastPath };
}

const stepsText = () =>
  [...screen.getByTestId('simulation-steps').querySelectorAll('li')].map((li) => li.textContent ?? '');

describe('SimulationPanel', () => {
  it('lights the short route for the first colleague, then the long one for 5 days, and names the approvers', async () => {
    const { lastPath } = renderPanel();
    // 张三 with the sample 1 day: his head, then the CC to administration
    await waitFor(() => expect(lastPath()?.edgeIds).toEqual(['e-start', 'e-head', 'e-short', 'e-filing']));
    expect(stepsText()).toEqual([expect.stringContaining('李四'), expect.stringContaining('赵六')]);
    expect(stepsText()[0]).toContain('部门负责人审批');
    expect(stepsText()[0]).toContain('单人审批');

    fireEvent.change(within(document.getElementById('field-days') as HTMLElement).getByRole('spinbutton'), {
      target: { value: '5' },
    });
    await waitFor(() =>
      expect(lastPath()?.edgeIds).toEqual(['e-start', 'e-head', 'e-long', 'e-leader', 'e-filing']),
    );
    expect(lastPath()?.nodeIds).toContain('leader');
    expect(stepsText()[1]).toContain('王五');
    expect(stepsText()[1]).toContain('分管领导审批');
  });

  it('re-runs for another applicant: the head applying himself has nobody above him, so the admins are flagged', async () => {
    const { lastPath } = renderPanel();
    await waitFor(() => expect(stepsText()[0]).toContain('李四'));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '申请人' }));
    fireEvent.click(
      await screen.findByText('李四 · 工程部 · 主管级', { selector: '.ant-select-item-option-content' }),
    );
    await waitFor(() => expect(stepsText()[0]).toContain('转企业管理员'));
    expect(within(screen.getByTestId('simulation-steps')).getAllByTestId('simulation-fallback')).toHaveLength(
      1,
    );
    expect(stepsText()[0]).toContain('申请人本人负责「工程部」');
    expect(lastPath()?.nodeIds).toContain('dept-head');
  });

  it('greys a step passed over because its approver signed just before, and says why', async () => {
    const flow = leaveRouteExample();
    flow.nodes = flow.nodes.map((n) =>
      n.id === 'leader' && n.type === 'approve' ? { ...n, approvers: { kind: 'deptHead', level: 1 } } : n,
    );
    const { lastPath } = renderPanel({}, flow);
    await waitFor(() => expect(lastPath()).toBeTruthy());
    fireEvent.change(within(document.getElementById('field-days') as HTMLElement).getByRole('spinbutton'), {
      target: { value: '4' },
    });
    await waitFor(() => expect(lastPath()?.skippedNodeIds).toEqual(['leader']));
    const leader = screen.getByTestId('simulation-steps').querySelector('[data-node-id="leader"]');
    expect(leader?.getAttribute('data-skipped')).toBe('true');
    expect(leader?.textContent).toContain('跳过');
    expect(leader?.textContent).toContain('审批人已在上一步审批');
  });

  it('asks the same head again when the step turns off skipping the previous approver', async () => {
    const flow = leaveRouteExample();
    flow.nodes = flow.nodes.map((n) =>
      n.id === 'leader' && n.type === 'approve'
        ? { ...n, approvers: { kind: 'deptHead', level: 1 }, skipPrevious: false }
        : n,
    );
    const { lastPath } = renderPanel({}, flow);
    await waitFor(() => expect(lastPath()).toBeTruthy());
    fireEvent.change(within(document.getElementById('field-days') as HTMLElement).getByRole('spinbutton'), {
      target: { value: '4' },
    });
    await waitFor(() => expect(lastPath()?.nodeIds).toContain('leader'));
    expect(lastPath()?.skippedNodeIds).toEqual([]);
    const leader = screen.getByTestId('simulation-steps').querySelector('[data-node-id="leader"]');
    expect(leader?.getAttribute('data-skipped')).not.toBe('true');
    expect(leader?.textContent).toContain('李四');
  });

  it('opened again (another tab in between), keeps the applicant and the answers typed', async () => {
    const memory: SimulationMemory[] = [];
    const api = testApi({ 'simulationCases.list': () => [] });
    const panel = (m?: SimulationMemory) => (
      <SimulationPanel
        templateId="t-leave"
        flow={leaveRouteExample()}
        model={leaveModel()}
        org={demoOrgView()}
        onPath={() => undefined}
        {...(m ? { memory: m } : {})}
        onMemory={(next) => memory.push(next)}
      />
    );
    const first = render(api.wrap(panel()));
    await waitFor(() => expect(stepsText()[0]).toContain('李四'));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '申请人' }));
    fireEvent.click(
      await screen.findByText('李四 · 工程部 · 主管级', { selector: '.ant-select-item-option-content' }),
    );
    fireEvent.change(within(document.getElementById('field-days') as HTMLElement).getByRole('spinbutton'), {
      target: { value: '5' },
    });
    await waitFor(() => expect(memory.at(-1)?.typed).toMatchObject({ days: 5 }));
    first.unmount();

    render(api.wrap(panel(memory.at(-1))));
    await waitFor(() => expect(stepsText()[0]).toContain('转企业管理员'));
    expect(screen.getByRole('combobox', { name: '申请人' }).closest('.ant-select')?.textContent).toContain(
      '李四 · 工程部 · 主管级',
    );
    expect(
      within(document.getElementById('field-days') as HTMLElement).getByRole<HTMLInputElement>('spinbutton')
        .value,
    ).toBe('5');
  });

  it('lays the sample form out in one column, as on a phone, so it fits the side panel', async () => {
    renderPanel();
    const form = await screen.findByTestId('simulation-sample-form');
    expect(form.querySelector('.signoff-form')?.classList.contains('signoff-form-one-column')).toBe(true);
  });

  it('simulates a hypothetical applicant by department and rank', async () => {
    const { lastPath } = renderPanel();
    await waitFor(() => expect(lastPath()).toBeTruthy());
    fireEvent.click(screen.getByText('假设的申请人'));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '部门' }));
    fireEvent.click(await screen.findByText('综合管理部', { selector: '.ant-select-item-option-content' }));
    // in 综合管理部 the head is 赵六, who is also copied at the end
    await waitFor(() => expect(stepsText()[0]).toContain('赵六'));
  });

  it('says which problem stops the walk instead of crashing, and lights nothing', async () => {
    const broken = leaveRouteExample();
    broken.edges = broken.edges.filter((e) => e.id !== 'e-short');
    const { lastPath } = renderPanel({}, broken);
    const error = await screen.findByTestId('simulation-error');
    expect(error.textContent).toContain('天数判断');
    expect(lastPath()).toBeNull();
  });

  it('saves the run as a test case and shows a failing case’s differences in words', async () => {
    const stored: SavedCase[] = [
      {
        id: 'c1',
        name: '张三请1天',
        applicant: { userId: 'u-zhang' },
        formData: { days: 1 },
        expected: [
          { nodeId: 'dept-head', userIds: ['u-wang'] },
          { nodeId: 'filing', userIds: ['u-zhao'] },
        ],
        createdAt: '2026-11-24T02:00:00.000Z',
        createdBy: 'u-admin',
      },
    ];
    const { api, lastPath } = renderPanel({
      'simulationCases.list': () => stored,
      'simulationCases.save': (input) => ({ ...(input as object), id: 'c2' }),
    });
    const failed = await screen.findByText('第1步「部门负责人审批」审批人由王五变为李四');
    expect(failed.closest('[data-case-id="c1"]')?.getAttribute('data-passed')).toBe('false');
    await waitFor(() => expect(lastPath()).toBeTruthy());

    fireEvent.click(screen.getByTestId('simulation-save-case'));
    fireEvent.change(await screen.findByRole('textbox', { name: '用例名称' }), {
      target: { value: '张三请1天（短）' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /^保\s*存$/ }));
      await Promise.resolve();
    });
    await waitFor(() => expect(api.callsTo('simulationCases.save')).toHaveLength(1));
    expect(api.callsTo('simulationCases.save')[0]?.input).toMatchObject({
      templateId: 't-leave',
      name: '张三请1天（短）',
      applicant: { userId: 'u-zhang' },
      formData: { days: 1 },
      expected: [
        { nodeId: 'dept-head', userIds: ['u-li'] },
        { nodeId: 'filing', userIds: ['u-zhao'] },
      ],
    });
    // a saved case closes the dialog and never reads as "not saved"
    await waitFor(() => expect(screen.queryByRole('textbox', { name: '用例名称' })).toBeNull());
    expect(screen.queryByTestId('simulation-save-error')).toBeNull();
  });
});
