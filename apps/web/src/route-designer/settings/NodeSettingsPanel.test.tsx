import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n/i18n';
import type { RouteCommand } from './route-types';
import { SettingsHarness } from './settings-harness';
import { testFlow } from './test-route';

const settingsOf = (nodeId: string) => {
  const onCommand = vi.fn<(cmd: RouteCommand) => void>();
  render(<SettingsHarness select={{ nodeId }} onCommand={onCommand} />);
  return onCommand;
};
const patchOf = (cmd: RouteCommand | undefined) => (cmd?.type === 'setNodeSettings' ? cmd.patch : undefined);

describe('NodeSettingsPanel', () => {
  it('sends one setNodeSettings per change of the approve mode, with what the mode means', () => {
    const onCommand = settingsOf('a1');
    fireEvent.click(screen.getByRole('radio', { name: '会签' }));
    expect(onCommand).toHaveBeenCalledTimes(1);
    expect(onCommand).toHaveBeenLastCalledWith({
      type: 'setNodeSettings',
      nodeId: 'a1',
      patch: { mode: 'all' },
    });
    expect(screen.getByTestId('mode-help').textContent).toBe('所有人都要同意，才算通过');
    fireEvent.click(screen.getByRole('radio', { name: '依次' }));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({ mode: 'sequential' });
  });

  it('sets a time limit in working days, refuses a fraction of a day, and sets a repeating reminder', () => {
    const onCommand = settingsOf('a1');
    fireEvent.click(screen.getByRole('radio', { name: '工作日' }));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({
      timeLimit: { workingDays: 1 },
      timeLimitHours: undefined,
    });
    const box = screen.getByTestId('time-limit-amount');
    fireEvent.change(box, { target: { value: '1.5' } });
    fireEvent.blur(box);
    expect(screen.getByRole('alert').textContent).toBe('请输入正数；工作日须为整数');
    expect(onCommand).toHaveBeenCalledTimes(1);
    fireEvent.change(box, { target: { value: '３' } }); // a full-width digit from a Chinese input method
    fireEvent.blur(box);
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({
      timeLimit: { workingDays: 3 },
      timeLimitHours: undefined,
    });
    expect(onCommand).toHaveBeenCalledTimes(2);

    fireEvent.change(screen.getByTestId('reminder-repeat'), { target: { value: '8' } });
    fireEvent.blur(screen.getByTestId('reminder-repeat'));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({ reminder: { afterHours: 24, repeatHours: 8 } });

    fireEvent.click(screen.getByRole('radio', { name: '不限时' }));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({
      timeLimit: undefined,
      timeLimitHours: undefined,
    });
    expect(screen.queryByTestId('time-limit-amount')).toBeNull();
  });

  it('sets a field to hidden for this step, and all fields at once', () => {
    const onCommand = settingsOf('a1');
    const row = screen.getByTestId('perm-amount');
    expect(within(row).getByRole<HTMLInputElement>('radio', { name: '只读' }).checked).toBe(true); // the default
    fireEvent.click(within(row).getByRole('radio', { name: '隐藏' }));
    expect(onCommand).toHaveBeenLastCalledWith({
      type: 'setNodeSettings',
      nodeId: 'a1',
      patch: { fieldPermissions: { amount: 'hidden' } },
    });
    fireEvent.click(within(screen.getByTestId('perm-title')).getByRole('radio', { name: '可编辑' }));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({
      fieldPermissions: { amount: 'hidden', title: 'edit' },
    });
    fireEvent.click(within(screen.getByTestId('perm-amount')).getByRole('radio', { name: '只读' }));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({ fieldPermissions: { title: 'edit' } });

    // a serial number is never typed in; the description block has nothing to permit
    expect(
      within(screen.getByTestId('perm-no')).getByRole<HTMLInputElement>('radio', { name: '可编辑' }).disabled,
    ).toBe(true);
    expect(screen.queryByTestId('perm-note')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '全部隐藏' }));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({
      fieldPermissions: Object.fromEntries(
        ['amount', 'title', 'contentType', 'urgency', 'tags', 'handler', 'dept', 'no'].map((k) => [
          k,
          'hidden',
        ]),
      ),
    });
    fireEvent.click(screen.getByRole('button', { name: '全部只读' }));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({ fieldPermissions: undefined });
  });

  it('narrows the allowed actions, keeps the deciding ones, and turns 已阅 on through its flag', () => {
    const onCommand = settingsOf('a1');
    fireEvent.click(screen.getByRole('checkbox', { name: '转交' }));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({
      allowedActions: ['approve', 'reject', 'return', 'addSigner'],
    });
    fireEvent.click(screen.getByRole('checkbox', { name: '已阅' }));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({
      allowedActions: ['approve', 'reject', 'return', 'addSigner', 'acknowledge'],
      acknowledgeAllowed: true,
    });
    fireEvent.click(screen.getByRole('checkbox', { name: '转交' }));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({ allowedActions: undefined });
    fireEvent.click(screen.getByRole('switch', { name: '需要手写签名' }));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({ signatureRequired: true });
    fireEvent.click(screen.getByRole('checkbox', { name: '退回后重新提交时，已同意的人不再审批' }));
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({ skipApprovedOnResubmit: true });
  });

  it('turns the skip rules off and on per step, storing only a rule that is off, in zh and en', () => {
    const onCommand = settingsOf('a1');
    const applicant = screen.getByRole('checkbox', { name: '审批人是发起人本人时跳过' });
    const previous = screen.getByRole('checkbox', { name: '审批人刚审批过上一步时跳过' });
    expect((applicant as HTMLInputElement).checked).toBe(true);
    expect((previous as HTMLInputElement).checked).toBe(true);
    fireEvent.click(applicant);
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({ skipApplicant: false });
    expect((applicant as HTMLInputElement).checked).toBe(false);
    fireEvent.click(previous);
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({ skipPrevious: false });
    act(() => setLang('en'));
    expect(screen.getByRole('checkbox', { name: 'Skip an approver who is the applicant' })).toBeTruthy();
    expect(
      screen.getByRole('checkbox', { name: 'Skip an approver who approved the step just before' }),
    ).toBeTruthy();
  });

  it('shows a skip rule the step turned off as off, and turning it on clears it', () => {
    const onCommand = vi.fn<(cmd: RouteCommand) => void>();
    const flow = {
      ...testFlow,
      nodes: testFlow.nodes.map((n) => (n.id === 'a1' ? { ...n, skipPrevious: false } : n)),
    };
    render(<SettingsHarness select={{ nodeId: 'a1' }} onCommand={onCommand} flow={flow} />);
    const previous = screen.getByRole('checkbox', { name: '审批人刚审批过上一步时跳过' });
    expect((previous as HTMLInputElement).checked).toBe(false);
    fireEvent.click(previous);
    expect(patchOf(onCommand.mock.lastCall?.[0])).toEqual({ skipPrevious: undefined });
  });

  it('offers a handle step no add-signer, no 已阅 and no approve mode', () => {
    settingsOf('h1');
    expect(screen.getByRole('heading', { name: '办理' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: '加签' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: '已阅' })).toBeNull();
    expect(screen.queryByRole('radio', { name: '会签' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: '退回' })).toBeTruthy();
  });

  it('renames on leaving the box, in one command, and sets the approvers', () => {
    const onCommand = settingsOf('a1');
    const zh = screen.getByTestId('node-name-zh');
    fireEvent.change(zh, { target: { value: '部' } });
    fireEvent.change(zh, { target: { value: '部门经理审批' } });
    fireEvent.blur(zh);
    expect(onCommand.mock.calls).toEqual([
      [{ type: 'renameNode', nodeId: 'a1', name: { zh: '部门经理审批', en: 'Department approval' } }],
    ]);
    fireEvent.click(screen.getByRole('radio', { name: '发起人自选' }));
    expect(onCommand).toHaveBeenLastCalledWith({
      type: 'setApprovers',
      nodeId: 'a1',
      approvers: { kind: 'chosenBySubmitter' },
    });
  });

  it("lists this node's problems on top, in the designer's language", () => {
    render(
      <SettingsHarness
        select={{ nodeId: 'a2' }}
        onCommand={vi.fn()}
        problems={[
          {
            code: 'unknown_position',
            nodeId: 'a2',
            message: { zh: '组织中没有职位「董事长」', en: 'No position 董事长' },
          },
          { code: 'dead_end', nodeId: 'a1', message: { zh: '别的节点', en: 'Another node' } },
        ]}
      />,
    );
    const list = screen.getByTestId('settings-problems');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['组织中没有职位「董事长」']);
    act(() => setLang('en'));
    expect(within(screen.getByTestId('settings-problems')).getByRole('listitem').textContent).toBe(
      'No position 董事长',
    );
  });

  it('says who starts the route on the start node, with nothing to set', () => {
    settingsOf('start');
    expect(screen.getByTestId('node-help').textContent).toBe('发起人：所有可见此表单的成员');
    expect(screen.queryByTestId('approvers-in-words')).toBeNull();
  });

  it("lists a branch's conditions in order, moves one down and adds another", () => {
    const onCommand = settingsOf('b1');
    const texts = () =>
      within(screen.getByTestId('branch-conditions'))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(texts()).toEqual([
      '金额 ≥ 10000 · 进入「董事长审批」',
      '标题 不为空 · 进入「抄送财务」',
      '其他情况 · 进入「出纳付款」',
    ]);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '上移第 1 个条件' }).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '下移第 1 个条件' }));
    expect(onCommand).toHaveBeenLastCalledWith({
      type: 'reorderConditions',
      nodeId: 'b1',
      edgeIds: ['e4', 'e3'],
    });
    expect(texts()[0]).toBe('标题 不为空 · 进入「抄送财务」');
    fireEvent.click(screen.getByRole('button', { name: '+ 添加条件' }));
    expect(onCommand).toHaveBeenLastCalledWith({ type: 'addPath', nodeId: 'b1' });
    expect(texts()).toHaveLength(4);
    expect(texts()[2]).toMatch(/^请设置条件/);
  });
});
