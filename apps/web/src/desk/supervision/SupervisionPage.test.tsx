import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { formatDateTime } from '../locale-format';
import { deskTestApi, screenWidth } from '../test/desk-test-api';
import type { SupervisedTask } from './supervised-task';
import SupervisionPage from './SupervisionPage';

// antd's first dialog is slow on a loaded 2-core box
configure({ asyncUtilTimeout: 10_000 });

const HOUR = 3_600_000;
const LEAVE = { zh: '请假申请', en: 'Leave request' };

function task(id: string, serialNo: string, overdueMs: number, dueAt: string): SupervisedTask {
  return {
    taskId: id,
    instanceId: `i-${id}`,
    serialNo,
    templateKey: 'leave',
    templateTitle: LEAVE,
    nodeName: { zh: '部门负责人审批', en: 'Head' },
    assigneeId: 'u-li',
    assigneeName: '李四',
    applicantName: '张三',
    createdAt: '2026-12-10T01:00:00.000Z',
    dueAt,
    card: 'yellow',
    remindersSent: 1,
    overdueMs,
  };
}

/** The server as the desk sees it: "overdue only" lists late tasks; an extension moves the deadline by what `extendTo` says. */
function server(extendTo: Record<string, { dueAt: string; overdueMs: number }>) {
  const tasks = [
    task('t-1', 'QJ-202612-0001', 2 * HOUR, '2026-12-11T10:00:00.000Z'),
    task('t-2', 'QJ-202612-0002', 30 * HOUR, '2026-12-10T04:00:00.000Z'),
  ];
  return deskTestApi({
    'supervision.tasks': (input) => {
      const { onlyOverdue } = input as { onlyOverdue: boolean };
      return tasks.filter((x) => !onlyOverdue || x.overdueMs > 0 || x.card !== null).map((x) => ({ ...x }));
    },
    'actions.extend': (input) => {
      const { taskId } = input as { taskId: string };
      const x = tasks.find((y) => y.taskId === taskId);
      const to = extendTo[taskId];
      if (!x || !to) throw new Error('unknown task');
      // the engine lifts the card; a task still late after the extension gets it back from its timer
      Object.assign(x, to, { card: to.overdueMs > 0 ? 'yellow' : null });
      return { instanceId: x.instanceId, status: 'running' };
    },
    'actions.reassign': (input) => {
      const { taskId } = input as { taskId: string };
      const x = tasks.find((y) => y.taskId === taskId);
      if (x) Object.assign(x, { assigneeId: 'u-wang', assigneeName: '王五' });
      return { instanceId: x?.instanceId ?? '', status: 'running' };
    },
    'directory.search': () => [
      { id: 'u-wang', name: '王五', login: 'wang.wu', departmentName: '公司领导', initials: 'ww' },
    ],
  });
}

const rowOf = (serial: string) => screen.queryByText(serial)?.closest('tr') ?? null;
const dialog = () => {
  const el = document.querySelector('.ant-modal');
  if (!(el instanceof HTMLElement)) throw new Error('no dialog open');
  return el;
};

let restore: () => void = () => undefined;
beforeEach(() => {
  restore = screenWidth(1280);
});
afterEach(() => restore());

describe('SupervisionPage', () => {
  it('says where an extended task now stands before it leaves the overdue list', async () => {
    const dueAt = '2026-12-14T10:00:00.000Z';
    const api = server({ 't-1': { dueAt, overdueMs: 0 } });
    render(api.wrap(<SupervisionPage />));
    const row = await waitFor(() => rowOf('QJ-202612-0001') ?? Promise.reject(new Error('no row')));
    fireEvent.click(within(row).getByTestId('extend'));
    fireEvent.change(within(dialog()).getByTestId('extend-reason'), {
      target: { value: '客户改期，顺延一天' },
    });
    fireEvent.click(within(dialog()).getByTestId('extend-ok'));

    expect(await screen.findByText(`已延期至 ${formatDateTime(dueAt, 'zh')}，不再超期`)).toBeTruthy();
    await waitFor(() => expect(rowOf('QJ-202612-0001')).toBeNull());
    expect(rowOf('QJ-202612-0002')).not.toBeNull();
    // the new deadline was read from the server's list before the overdue list was asked again
    const after = api.calls
      .slice(api.calls.findIndex((c) => c.path === 'actions.extend') + 1)
      .filter((c) => c.path === 'supervision.tasks');
    expect(after.map((c) => (c.input as { onlyOverdue: boolean }).onlyOverdue).slice(0, 2)).toEqual([
      false,
      true,
    ]);
    expect(api.callsTo('actions.extend')[0]?.input).toEqual({
      taskId: 't-1',
      workingDays: 1,
      reason: '客户改期，顺延一天',
    });
  });

  it('says so when two working days are not enough, in English too, and the task stays listed', async () => {
    setLang('en');
    const dueAt = '2026-12-12T04:00:00.000Z';
    const api = server({ 't-2': { dueAt, overdueMs: 6 * HOUR } });
    render(api.wrap(<SupervisionPage />));
    const row = await waitFor(() => rowOf('QJ-202612-0002') ?? Promise.reject(new Error('no row')));
    fireEvent.click(within(row).getByTestId('extend'));
    fireEvent.click(within(dialog()).getByText('2 working days'));
    fireEvent.change(within(dialog()).getByTestId('extend-reason'), {
      target: { value: 'Waiting for the customer' },
    });
    fireEvent.click(within(dialog()).getByTestId('extend-ok'));

    expect(
      await screen.findByText(`Extended to ${formatDateTime(dueAt, 'en')}; still overdue by 6 h`),
    ).toBeTruthy();
    expect(api.callsTo('actions.extend')[0]?.input).toMatchObject({ workingDays: 2 });
    await waitFor(() => expect(rowOf('QJ-202612-0002')?.textContent).toContain('6 h'));
  });

  it('reassigns to a person found by pinyin initials in the shared picker', async () => {
    const api = server({});
    render(api.wrap(<SupervisionPage />));
    const row = await waitFor(() => rowOf('QJ-202612-0002') ?? Promise.reject(new Error('no row')));
    fireEvent.click(within(row).getByTestId('reassign'));
    const picker = within(dialog()).getByTestId('user-picker');
    fireEvent.mouseDown(within(picker).getByRole('combobox'));
    fireEvent.change(within(picker).getByRole('combobox'), { target: { value: 'ww' } });
    await waitFor(() =>
      expect(api.callsTo('directory.search').some((c) => (c.input as { q: string }).q === 'ww')).toBe(true),
    );
    fireEvent.click(
      await screen.findByText('王五（公司领导）', { selector: '.ant-select-item-option-content' }),
    );
    fireEvent.click(within(dialog()).getByTestId('reassign-ok'));
    expect(await screen.findByText('已改派给 王五')).toBeTruthy();
    expect(api.callsTo('actions.reassign')[0]?.input).toEqual({ taskId: 't-2', toUserId: 'u-wang' });
  });
});
