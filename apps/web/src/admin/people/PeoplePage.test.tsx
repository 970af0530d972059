import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { deskTestApi, screenWidth } from '../../desk/test/desk-test-api';
import PeoplePage from './PeoplePage';
import { testOrg } from './test-org';

// antd's first dialog is slow on a loaded 2-core box
configure({ asyncUtilTimeout: 10_000 });

const TASK = {
  taskId: 't-1',
  instanceId: 'i-1',
  serialNo: 'QJ-202612-0001',
  templateKey: 'leave',
  templateTitle: { zh: '请假申请', en: 'Leave request' },
  nodeName: { zh: '部门负责人审批', en: 'Head' },
  assigneeId: 'u-zhang',
  assigneeName: '张三',
  applicantName: '李四',
  createdAt: '2026-12-10T01:00:00.000Z',
  dueAt: null,
  card: null,
  remindersSent: 0,
  overdueMs: 0,
};

function server(over: Parameters<typeof deskTestApi>[0] = {}) {
  return deskTestApi({
    'org.view': () => testOrg(),
    'directory.search': (input) =>
      (input as { q: string }).q === 'zs'
        ? [{ id: 'u-zhang', name: '张三', login: 'zhang', departmentName: '工程部' }]
        : [],
    // another person's task too: only the leaver's are handed over
    'supervision.tasks': () => [
      TASK,
      { ...TASK, taskId: 't-2', serialNo: 'QJ-202612-0002', assigneeId: 'u-li' },
    ],
    'actions.reassign': () => ({ instanceId: 'i-1', status: 'running' }),
    'org.setUserLeft': (input) => ({
      ...(input as object),
      active: false,
      leftAt: '2026-12-11T00:00:00.000Z',
      sessionsEnded: 1,
    }),
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

  it('hands the leaver’s open tasks to the department head before marking them left', async () => {
    const api = server();
    render(api.wrap(<PeoplePage />));
    fireEvent.click(await screen.findByTestId('more-zhang'));
    await menuItem('离职');
    expect((await screen.findAllByTestId('leaver-task')).map((e) => e.textContent)).toEqual([
      'QJ-202612-0001 · 请假申请 · 部门负责人审批',
    ]);
    expect(screen.getByText('部门负责人：李四')).toBeTruthy();
    fireEvent.click(screen.getByTestId('leaver-ok'));
    await waitFor(() => expect(api.callsTo('org.setUserLeft')).toHaveLength(1));
    const order = api.calls
      .map((c) => c.path)
      .filter((p) => p === 'actions.reassign' || p === 'org.setUserLeft');
    expect(order).toEqual(['actions.reassign', 'org.setUserLeft']);
    expect(api.callsTo('actions.reassign')[0]?.input).toMatchObject({ taskId: 't-1', toUserId: 'u-li' });
    expect(api.callsTo('org.setUserLeft')[0]?.input).toEqual({ id: 'u-zhang', left: true });
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
