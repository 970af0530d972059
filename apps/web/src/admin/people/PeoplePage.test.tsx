import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { deskTestApi, screenWidth } from '../../desk/test/desk-test-api';
import { apiError } from '../../form-renderer/test/fake-api';
import PeoplePage from './PeoplePage';
import { testOrg } from './test-org';

// antd's first dialog is slow on a loaded 2-core box
configure({ asyncUtilTimeout: 10_000 });

const HANDOVER = {
  taskId: 't-1',
  instanceId: 'i-1',
  serialNo: 'QJ-202612-0001',
  templateTitle: { zh: '请假申请', en: 'Leave request' },
  nodeName: { zh: '部门负责人审批', en: 'Head' },
  toUserId: 'u-li',
  toName: '李四',
  problem: null,
};

type LeaveInput = { id: string; left: boolean; dryRun?: boolean; handover?: { to: string; userId?: string } };

/** org.setUserLeft as the server answers it: a dry run plans, the real call marks the leaver */
function setUserLeft(input: unknown) {
  const { id, dryRun = false, handover } = input as LeaveInput;
  const to =
    handover?.to === 'user'
      ? { toUserId: handover.userId ?? '', toName: '王五' }
      : { toUserId: 'u-li', toName: '李四' };
  return {
    id,
    dryRun,
    active: dryRun,
    leftAt: dryRun ? null : '2026-12-11T00:00:00.000Z',
    sessionsEnded: dryRun ? 0 : 1,
    handovers: [{ ...HANDOVER, ...to }],
    copiesKept: 1,
  };
}

function server(over: Parameters<typeof deskTestApi>[0] = {}) {
  return deskTestApi({
    'org.view': () => testOrg(),
    'directory.search': (input) =>
      (input as { q: string }).q === 'zs'
        ? [{ id: 'u-zhang', name: '张三', login: 'zhang', departmentName: '工程部' }]
        : [],
    'directory.names': () => [{ id: 'u-wang', name: '王五', login: 'wang', departmentName: '公司领导' }],
    'org.setUserLeft': setUserLeft,
    'org.resetPassword': () => ({ temporaryPassword: 'Abcdefghjk#42', sessionsEnded: 2 }),
    'org.unlockUser': (input) => ({ id: (input as { id: string }).id, wasLocked: true }),
    ...over,
  });
}

const menuItem = async (label: string) => {
  const item = await screen.findByText(label, {
    selector: '.ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu-title-content',
  });
  fireEvent.click(item);
};

let restore: () => void = () => undefined;
beforeEach(() => {
  restore = screenWidth(1280);
  setLang('zh');
});
afterEach(() => restore());

describe('PeoplePage', () => {
  it('finds people by pinyin through the directory search', async () => {
    render(server().wrap(<PeoplePage />));
    await screen.findByText('陈旧');
    fireEvent.change(screen.getByPlaceholderText('搜索姓名、拼音或账号'), { target: { value: 'zs' } });
    // the local match finds nobody for "zs"; 张三 comes back once the server's pinyin search answers
    await waitFor(() => {
      expect(screen.queryByText('李四')).toBeNull();
      expect(screen.getByText('张三')).toBeTruthy();
    });
  });

  it('shows who takes each open task, then marks the leaver with their work handed over in one call', async () => {
    const api = server();
    render(api.wrap(<PeoplePage />));
    fireEvent.click(await screen.findByTestId('more-zhang'));
    await menuItem('离职');
    expect((await screen.findAllByTestId('leaver-task')).map((e) => e.textContent)).toEqual([
      'QJ-202612-0001 · 请假申请 · 部门负责人审批 → 李四',
    ]);
    expect(screen.getByText('部门负责人：李四')).toBeTruthy();
    expect(screen.getByTestId('leaver-copies').textContent).toContain('1 条未读的抄送');
    fireEvent.click(screen.getByTestId('leaver-ok'));
    await waitFor(() =>
      expect(api.callsTo('org.setUserLeft').filter((c) => !(c.input as LeaveInput).dryRun)).toHaveLength(1),
    );
    expect(api.callsTo('actions.reassign')).toHaveLength(0);
    expect(api.callsTo('org.setUserLeft').map((c) => c.input)).toEqual([
      { id: 'u-zhang', left: true, handover: { to: 'departmentHead' }, dryRun: true },
      { id: 'u-zhang', left: true, handover: { to: 'departmentHead' } },
    ]);
  });

  it('shows the server’s refusal and keeps the dialog open when nobody can take a task', async () => {
    const api = server({
      'org.setUserLeft': (input) => {
        if ((input as LeaveInput).dryRun) return setUserLeft(input);
        throw apiError('conflict', 409, {
          zh: '找不到能接手任务 QJ-202612-0001 的部门负责人',
          en: 'No head',
        });
      },
    });
    render(api.wrap(<PeoplePage />));
    fireEvent.click(await screen.findByTestId('more-zhang'));
    await menuItem('离职');
    await screen.findAllByTestId('leaver-task');
    fireEvent.click(screen.getByTestId('leaver-ok'));
    expect((await screen.findByTestId('leaver-error')).textContent).toContain('QJ-202612-0001');
    expect(screen.getByTestId('leaver-task')).toBeTruthy();
  });

  it('shows why a chosen person cannot take a task, and offers no confirm until another is picked', async () => {
    const api = server({
      'org.setUserLeft': (input) => {
        const plan = setUserLeft(input);
        const { handover } = input as LeaveInput;
        if (handover?.to !== 'user') return plan;
        const problem = {
          zh: '张三不能接手任务 QJ-202612-0001「部门负责人审批」：是该申请的申请人',
          en: 'applicant',
        };
        return {
          ...plan,
          handovers: plan.handovers.map((h) => ({ ...h, toUserId: null, toName: null, problem })),
        };
      },
    });
    render(api.wrap(<PeoplePage />));
    fireEvent.click(await screen.findByTestId('more-li'));
    await menuItem('离职');
    await screen.findAllByTestId('leaver-task');
    fireEvent.click(screen.getByTestId('leaver-to-chosen'));
    const picker = await screen.findByTestId('leaver-picker');
    fireEvent.mouseDown(picker.querySelector('.ant-select-selector') ?? picker);
    fireEvent.change(document.getElementById('leaver-to') as HTMLInputElement, { target: { value: 'zs' } });
    fireEvent.click(
      await screen.findByText('张三（工程部）', { selector: '.ant-select-item-option-content' }),
    );
    expect((await screen.findByTestId('leaver-task-problem')).textContent).toContain('是该申请的申请人');
    expect(screen.getByTestId('leaver-ok').closest('button')?.disabled).toBe(true);
    expect(api.callsTo('org.setUserLeft').filter((c) => !(c.input as LeaveInput).dryRun)).toHaveLength(0);
  });

  it('shows a reset’s temporary password once', async () => {
    const api = server();
    render(api.wrap(<PeoplePage />));
    fireEvent.click(await screen.findByTestId('more-li'));
    await menuItem('重置密码');
    fireEvent.click(await screen.findByTestId('reset-ok'));
    expect((await screen.findByTestId('temporary-password')).textContent).toContain('Abcdefghjk#42');
    expect(api.callsTo('org.resetPassword')[0]?.input).toEqual({ id: 'u-li' });
  });

  it('marks a locked account and offers to unlock only that one', async () => {
    const org = testOrg();
    org.users = org.users.map((u) =>
      u.id === 'u-zhang' ? { ...u, lockedUntil: '2026-12-11T00:15:00.000Z' } : u,
    );
    const api = server({ 'org.view': () => org });
    render(api.wrap(<PeoplePage />));
    expect((await screen.findByTestId('locked-zhang')).textContent).toBe('已锁定');
    expect(screen.queryByTestId('locked-li')).toBeNull();
    fireEvent.click(screen.getByTestId('more-li'));
    await screen.findByText('重置密码', {
      selector: '.ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu-title-content',
    });
    expect(screen.queryByText('解除锁定')).toBeNull();
    fireEvent.click(screen.getByTestId('more-zhang'));
    await menuItem('解除锁定');
    await waitFor(() => expect(api.callsTo('org.unlockUser')[0]?.input).toEqual({ id: 'u-zhang' }));
  });
});
