import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deskTestApi, screenWidth } from '../test/desk-test-api';
import ApprovalCentrePage from './ApprovalCentrePage';

const LEAVE = { zh: '请假申请', en: 'Leave request' };
const HEAD = { zh: '部门经理审批', en: 'Department head' };
const GM = { zh: '总经理审批', en: 'General manager' };
const HANDLE = { zh: '出纳付款', en: 'Cashier pays' };

const item = (n: number, over: { task?: Record<string, unknown> | null; [k: string]: unknown } = {}) => {
  const { task, ...rest } = over;
  return {
    instanceId: `i${n}`,
    serialNo: `QJ-202611-000${n}`,
    templateKey: 'leave',
    templateTitle: LEAVE,
    applicantName: ['张三', '李四', '王五', '赵六'][n % 4],
    status: 'running',
    createdAt: '2026-11-20T01:00:00.000Z',
    finishedAt: null,
    urgent: false,
    currentSteps: [HEAD],
    task:
      task === null
        ? null
        : {
            id: `t${n}`,
            nodeName: HEAD,
            status: 'pending',
            kind: 'approve',
            createdAt: '2026-11-20T02:00:00.000Z',
            dueAt: null,
            card: null,
            ...task,
          },
    ...rest,
  };
};

const BOXES: Record<string, unknown[]> = {
  // the server's page, urgent one second: the centre still shows it first
  todo: [
    item(1),
    item(2, { urgent: true, task: { card: 'red' } }),
    item(3, { task: { kind: 'handle', nodeName: HANDLE } }),
  ],
  // 李四 handled the head's step; the request has moved on to the general manager
  done: [item(4, { task: { status: 'approved', nodeName: HEAD }, currentSteps: [GM] })],
  // one filed here, one imported from another system's Excel
  started: [
    item(5, { task: null, status: 'approved', currentSteps: [] }),
    item(6, { task: null, status: 'approved', currentSteps: [], imported: true }),
  ],
  cc: [],
};

function renderCentre(width: number, url = '/inbox') {
  const restore = screenWidth(width);
  const api = deskTestApi({
    'inbox.counts': () => ({ todo: 3, done: 12, cc: 4, ccUnread: 1, started: 5 }),
    'inbox.search': (input) => {
      const items = BOXES[(input as { box: string }).box] ?? [];
      return { items, total: items.length, page: 1, pageSize: 20 };
    },
    'forms.listPublished': () => [{ templateId: 'tpl-leave', key: 'leave', title: LEAVE, version: 1 }],
    'actions.batchApprove': (input) => {
      const ids = (input as { taskIds: string[] }).taskIds;
      return {
        approved: ids.length,
        failed: 0,
        results: ids.map((taskId) => ({ taskId, ok: true, instanceId: 'x' })),
      };
    },
  });
  render(api.wrap(<ApprovalCentrePage />, url));
  return { api, restore };
}

let restore: (() => void) | undefined;
afterEach(() => restore?.());

const heading = () => screen.getByTestId('inbox-title').textContent;

describe('the approval centre', () => {
  it('shows each box’s count on its tab and titles the page after the open box', async () => {
    const r = renderCentre(1280);
    restore = r.restore;
    await waitFor(() => expect(screen.getByTestId('tab-done').textContent).toContain('12'));
    expect(screen.getByTestId('tab-todo').textContent).toContain('3');
    expect(screen.getByTestId('tab-started').textContent).toBe('我发起的5');
    expect(screen.getByTestId('tab-cc').textContent).toContain('4');
    expect(heading()).toBe('待办');
    expect(document.title).toBe('待办 · 审批中心 · Signoff');

    fireEvent.click(screen.getByTestId('tab-done'));
    await waitFor(() => expect(heading()).toBe('已办'));
    expect(document.title).toBe('已办 · 审批中心 · Signoff');
    expect(screen.getByTestId('location').textContent).toBe('/inbox?tab=done');
    expect(r.api.callsTo('inbox.search').map((c) => (c.input as { box: string }).box)).toContain('done');
  });

  it('shows, in the done box, where a request is now beside the step the person handled', async () => {
    const r = renderCentre(1280, '/inbox?tab=done');
    restore = r.restore;
    const table = await screen.findByTestId('inbox-table');
    await waitFor(() => expect(table.querySelectorAll('tbody tr.signoff-request-row')).toHaveLength(1));
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    const cells = [
      ...(table.querySelector('tbody tr.signoff-request-row')?.querySelectorAll('td') ?? []),
    ].map((td) => td.textContent);
    expect(cells[headers.indexOf('当前环节')]).toBe('总经理审批');
    expect(cells[headers.indexOf('我处理的环节')]).toBe('部门经理审批');
    expect(cells[headers.indexOf('处理结果')]).toBe('已同意');
  });

  it('tags a request imported from another system 已导入 in 我发起的, and no other', async () => {
    const r = renderCentre(1280, '/inbox?tab=started');
    restore = r.restore;
    const table = await screen.findByTestId('inbox-table');
    await waitFor(() => expect(table.querySelectorAll('tbody tr.signoff-request-row')).toHaveLength(2));
    const rows = [...table.querySelectorAll('tbody tr.signoff-request-row')];
    expect(rows[0]?.querySelector('[data-testid="imported-tag"]')).toBeNull();
    expect(within(rows[1] as HTMLElement).getByTestId('imported-tag').textContent).toBe('已导入');
  });

  it('puts urgent to-do requests first, tagged, and lets only approval tasks into a batch', async () => {
    const r = renderCentre(1280);
    restore = r.restore;
    const table = await screen.findByTestId('inbox-table');
    await waitFor(() => expect(table.querySelectorAll('tbody tr.signoff-request-row')).toHaveLength(3));
    const rows = [...table.querySelectorAll('tbody tr.signoff-request-row')];
    expect(rows[0]?.textContent).toContain('QJ-202611-0002');
    expect(within(rows[0] as HTMLElement).getByTestId('urgent-tag').textContent).toBe('加急');
    expect(within(rows[0] as HTMLElement).getByTestId('card-red').textContent).toBe('红牌');
    expect(rows[1]?.querySelector('[data-testid="urgent-tag"]')).toBeNull();
    const boxes = rows.map((row) => row.querySelector<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.map((b) => b?.disabled)).toEqual([false, false, true]);
  });

  it('on a phone, approves the ticked cards in select mode with one comment', async () => {
    const r = renderCentre(390);
    restore = r.restore;
    await waitFor(() => expect(screen.getAllByTestId('request-row')).toHaveLength(3));
    fireEvent.click(screen.getByTestId('batch-select'));
    const cards = screen.getAllByRole('checkbox', { name: /请假申请/ });
    expect(cards.map((c) => c.getAttribute('aria-disabled'))).toEqual(['false', 'false', 'true']);
    fireEvent.click(cards[0] as HTMLElement);
    fireEvent.click(cards[1] as HTMLElement);
    // a handling task cannot be ticked
    fireEvent.click(cards[2] as HTMLElement);
    expect(cards.map((c) => c.getAttribute('aria-checked'))).toEqual(['true', 'true', 'false']);
    fireEvent.click(screen.getByTestId('batch-approve'));
    fireEvent.change(await screen.findByTestId('batch-comment'), { target: { value: '同意' } });
    fireEvent.click(screen.getByTestId('batch-submit'));
    await screen.findByTestId('batch-results');
    expect(r.api.callsTo('actions.batchApprove').map((c) => c.input)).toEqual([
      { taskIds: ['t2', 't1'], comment: '同意' },
    ]);
    expect(screen.getByTestId('batch-summary').textContent).toContain('2 项已全部同意');
    const searches = r.api.callsTo('inbox.search').length;
    fireEvent.click(screen.getByTestId('batch-close'));
    // closing the result refreshes the box and leaves select mode
    await waitFor(() => expect(r.api.callsTo('inbox.search').length).toBeGreaterThan(searches));
    await waitFor(() => expect(screen.queryByTestId('batch-bar')).toBeNull());
  });
});
