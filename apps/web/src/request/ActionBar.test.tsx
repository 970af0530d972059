import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n';
import { ActionBar } from './ActionBar';
import type { RequestDetail } from './request-detail';
import { leaveDetail, LI, WANG } from './test/detail-fixture';
import { refusal, refuse, testApi, type Answer } from './test/test-api';
import { screenWidth } from './test/screen-width';

// antd's first dialogs and the lazily loaded signature pad are slow on a loaded 2-core box
configure({ asyncUtilTimeout: 10_000 });

let restore: () => void = () => undefined;
beforeEach(() => {
  restore = screenWidth(1280);
});
afterEach(() => restore());

function renderBar(detail: RequestDetail, answers: Record<string, Answer> = {}) {
  const api = testApi({ 'auth.me': () => null, ...answers });
  render(api.wrap(<ActionBar detail={detail} editable={null} selfId={LI.id} />));
  return api;
}

const dialog = () => {
  const el = document.querySelector('.ant-modal');
  if (!(el instanceof HTMLElement)) throw new Error('no dialog open');
  return el;
};
const confirmDialog = () => {
  const ok = dialog().querySelector('.ant-btn-primary');
  if (!(ok instanceof HTMLElement)) throw new Error('no OK button');
  fireEvent.click(ok);
};

describe('ActionBar', () => {
  it('offers exactly the actions the engine allows', () => {
    renderBar(leaveDetail());
    for (const a of ['approve', 'reject', 'return', 'transfer', 'addSigner', 'comment'])
      expect(screen.getByTestId(`action-${a}`)).toBeTruthy();
    expect(screen.queryByTestId('action-withdraw')).toBeNull();
    expect(screen.queryByTestId('action-urge')).toBeNull();
    expect(screen.queryByTestId('action-acknowledge')).toBeNull();
    expect(screen.getByTestId('action-approve').textContent?.replace(/\s/g, '')).toBe('同意');
  });

  it('gives the applicant withdraw and urge, and nothing when the engine allows nothing', () => {
    const view = renderBar(leaveDetail({ myOpenTask: null, availableActions: ['withdraw', 'urge'] }));
    expect(screen.getByTestId('action-withdraw')).toBeTruthy();
    expect(screen.getByTestId('action-urge')).toBeTruthy();
    expect(screen.queryByTestId('action-approve')).toBeNull();
    expect(view.calls).toHaveLength(0);
    document.body.innerHTML = '';
    renderBar(leaveDetail({ myOpenTask: null, availableActions: [] }));
    expect(screen.queryByTestId('action-bar')).toBeNull();
  });

  it('labels the handle step as an action, in both languages', () => {
    const handle = leaveDetail({
      availableActions: ['done', 'return'],
      myOpenTask: { id: 'task-h', kind: 'handle', nodeId: 'seal', nodeName: { zh: '盖章', en: 'Seal' } },
    });
    renderBar(handle);
    expect(screen.getByTestId('action-done').textContent).toBe('办理完成');
    act(() => setLang('en'));
    expect(screen.getByTestId('action-done').textContent).toBe('Mark as done');
  });

  it('refuses to reject without a reason, then sends the reason', async () => {
    const api = renderBar(leaveDetail(), { 'actions.reject': () => ({ ok: true }) });
    fireEvent.click(screen.getByTestId('action-reject'));
    confirmDialog();
    expect(await within(dialog()).findByText('请填写驳回原因')).toBeTruthy();
    expect(api.callsTo('actions.reject')).toHaveLength(0);
    fireEvent.change(within(dialog()).getByTestId('action-text'), {
      target: { value: '  天数超出年假余额  ' },
    });
    confirmDialog();
    await waitFor(() => expect(api.callsTo('actions.reject')).toHaveLength(1));
    expect(api.callsTo('actions.reject')[0]?.input).toEqual({
      taskId: 'task-li',
      reason: '天数超出年假余额',
    });
  });

  it('lists the return targets, the applicant first, and returns to the chosen one with a reason', async () => {
    const api = renderBar(leaveDetail(), { 'actions.return': () => ({ ok: true }) });
    fireEvent.click(screen.getByTestId('action-return'));
    const radios = within(dialog()).getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(within(dialog()).getByText('申请人（张三）')).toBeTruthy();
    expect(within(dialog()).getByText('部门负责人审批')).toBeTruthy();
    fireEvent.click(within(dialog()).getByText('部门负责人审批'));
    confirmDialog();
    expect(await within(dialog()).findByText('请填写退回原因')).toBeTruthy();
    fireEvent.change(within(dialog()).getByTestId('action-text'), { target: { value: '请补充交接人' } });
    confirmDialog();
    await waitFor(() => expect(api.callsTo('actions.return')).toHaveLength(1));
    expect(api.callsTo('actions.return')[0]?.input).toEqual({
      taskId: 'task-li',
      toNodeId: 'head',
      reason: '请补充交接人',
    });
  });

  it("shows the server's refusal in the reader's language and keeps the dialog open", async () => {
    setLang('en');
    renderBar(leaveDetail(), {
      'actions.approve': () =>
        refuse(
          refusal(
            'conflict',
            '申请已被他人处理，请刷新',
            'Someone else acted on the request first; reload it',
          ),
        ),
    });
    fireEvent.click(screen.getByTestId('action-approve'));
    confirmDialog();
    expect((await screen.findByTestId('action-error')).textContent).toContain(
      'Someone else acted on the request first; reload it',
    );
    expect(dialog()).toBeTruthy();
  });

  it('transfers to the person picked by a search', async () => {
    const api = renderBar(leaveDetail(), {
      'directory.search': () => [
        { id: WANG.id, name: WANG.name, login: 'wang.wu', departmentName: '综合部', initials: 'ww' },
      ],
      'actions.transfer': () => ({ ok: true }),
    });
    fireEvent.click(screen.getByTestId('action-transfer'));
    const picker = within(dialog()).getByRole('combobox');
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: 'ww' } });
    await waitFor(() =>
      expect(api.callsTo('directory.search').some((c) => (c.input as { q: string }).q === 'ww')).toBe(true),
    );
    fireEvent.click(
      await screen.findByText('王五（综合部）', { selector: '.ant-select-item-option-content' }),
    );
    confirmDialog();
    await waitFor(() => expect(api.callsTo('actions.transfer')).toHaveLength(1));
    expect(api.callsTo('actions.transfer')[0]?.input).toEqual({ taskId: 'task-li', toUserId: WANG.id });
  });

  it('adds several signers after the caller', async () => {
    const api = renderBar(leaveDetail(), {
      'directory.search': () => [
        { id: WANG.id, name: WANG.name, initials: 'ww' },
        { id: 'u-zhao', name: '赵六', initials: 'zl' },
      ],
      'actions.addSigner': () => ({ ok: true }),
    });
    fireEvent.click(screen.getByTestId('action-addSigner'));
    fireEvent.mouseDown(within(dialog()).getByRole('combobox'));
    fireEvent.click(await screen.findByText('王五', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(await screen.findByText('赵六', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(within(dialog()).getByText('后加签：我审完后再由他们审'));
    confirmDialog();
    await waitFor(() => expect(api.callsTo('actions.addSigner')).toHaveLength(1));
    expect(api.callsTo('actions.addSigner')[0]?.input).toEqual({
      taskId: 'task-li',
      userIds: [WANG.id, 'u-zhao'],
      position: 'after',
    });
  });

  it('marks a CC read with one click through actions.read, with no dialog', async () => {
    const cc = leaveDetail({
      availableActions: ['read'],
      myOpenTask: { id: 'task-cc', kind: 'notify', nodeId: 'cc', nodeName: { zh: '知会', en: 'CC' } },
    });
    const api = renderBar(cc, { 'actions.read': () => ({ instanceId: cc.id, status: 'running' }) });
    fireEvent.click(screen.getByTestId('action-read'));
    await waitFor(() => expect(api.callsTo('actions.read')).toHaveLength(1));
    expect(api.callsTo('actions.read')[0]?.input).toEqual({ taskId: 'task-cc' });
    expect(document.querySelector('.ant-modal')).toBeNull();
  });

  it('offers 已阅 only where the engine allows it', () => {
    renderBar(leaveDetail({ availableActions: ['approve', 'reject', 'acknowledge'] }));
    expect(screen.getByTestId('action-acknowledge').textContent?.replace(/\s/g, '')).toBe('已阅');
  });

  it('puts the main two actions at the thumb on a phone and the rest in a sheet', async () => {
    restore();
    restore = screenWidth(390);
    renderBar(leaveDetail());
    const bar = screen.getByTestId('action-bar');
    expect(within(bar).getByTestId('action-approve')).toBeTruthy();
    expect(within(bar).getByTestId('action-reject')).toBeTruthy();
    expect(within(bar).queryByTestId('action-transfer')).toBeNull();
    fireEvent.click(within(bar).getByTestId('action-more'));
    const sheet = await waitFor(() => {
      const el = document.querySelector('.signoff-request-sheet-list');
      if (!(el instanceof HTMLElement)) throw new Error('sheet not open');
      return el;
    });
    for (const a of ['return', 'transfer', 'addSigner', 'comment'])
      expect(within(sheet).getByTestId(`action-${a}`)).toBeTruthy();
  });
});
