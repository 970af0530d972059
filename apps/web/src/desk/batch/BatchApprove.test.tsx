import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { deskTestApi } from '../test/desk-test-api';
import { batchOutcomes, type BatchItem, type BatchResponse } from './batch-outcome';
import { BatchApproveDialog } from './BatchApproveDialog';
import { BatchResultList } from './BatchResultList';

const LEAVE = { zh: '请假申请', en: 'Leave request' };
const ITEMS: BatchItem[] = [
  { taskId: 't1', title: LEAVE, applicantName: '张三', serialNo: 'QJ-202611-0001' },
  { taskId: 't2', title: LEAVE, applicantName: '李四', serialNo: 'QJ-202611-0002' },
  {
    taskId: 't3',
    title: { zh: '费用报销', en: 'Expense claim' },
    applicantName: '王五',
    serialNo: 'BX-202611-0001',
  },
];
const TAKEN = {
  code: 'conflict',
  messageKey: 'errors.task_closed',
  message: { zh: '这条待办已经处理过了', en: 'This task has been dealt with already' },
};
const RESPONSE: BatchResponse = {
  approved: 2,
  failed: 1,
  results: [
    { taskId: 't1', ok: true, instanceId: 'i1' },
    { taskId: 't2', ok: false, error: TAKEN },
    { taskId: 't3', ok: true, instanceId: 'i3' },
  ],
};

const rows = () => screen.getAllByTestId('batch-result');

describe('batch approve results', () => {
  it('names every item, lists refusals first with the server’s reason, and sums up', () => {
    render(<BatchResultList outcomes={batchOutcomes(ITEMS, RESPONSE)} />);
    expect(screen.getByTestId('batch-summary').textContent).toContain('已同意 2 项，1 项未能处理');
    const [first, ...rest] = rows();
    expect(first?.textContent).toContain('李四的请假申请');
    expect(first?.textContent).toContain('未能同意：这条待办已经处理过了');
    expect(first?.dataset.ok).toBe('false');
    expect(rest.map((r) => r.dataset.ok)).toEqual(['true', 'true']);
    expect(rest.map((r) => r.textContent)).toEqual([
      expect.stringContaining('张三的请假申请'),
      expect.stringContaining('王五的费用报销'),
    ]);
    expect(rest.every((r) => r.textContent?.includes('已同意'))).toBe(true);
  });

  it('shows the reason in English when the reader reads English', () => {
    setLang('en');
    render(<BatchResultList outcomes={batchOutcomes(ITEMS, RESPONSE)} />);
    expect(screen.getByTestId('batch-summary').textContent).toContain('2 approved, 1 could not be approved');
    expect(rows()[0]?.textContent).toContain('Not approved: This task has been dealt with already');
    expect(rows()[1]?.textContent).toContain('Leave request · 张三');
  });

  it('counts an item the server did not answer for as not approved, never as approved', () => {
    const partial: BatchResponse = {
      approved: 1,
      failed: 0,
      results: [{ taskId: 't1', ok: true, instanceId: 'i1' }],
    };
    const outcomes = batchOutcomes(ITEMS, partial);
    expect(outcomes.filter((o) => o.ok).map((o) => o.taskId)).toEqual(['t1']);
    expect(outcomes.filter((o) => !o.ok).map((o) => o.reason?.zh)).toEqual([
      '服务器没有回复这一项',
      '服务器没有回复这一项',
    ]);
  });

  it('sends the chosen tasks with the one comment and then shows each result', async () => {
    const api = deskTestApi({ 'actions.batchApprove': () => RESPONSE });
    let finished = 0;
    render(
      api.wrap(
        <BatchApproveDialog
          items={ITEMS}
          open
          onClose={() => undefined}
          onFinished={() => (finished += 1)}
        />,
      ),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('批量同意 3 项')).toBeTruthy();
    fireEvent.change(screen.getByTestId('batch-comment'), { target: { value: '  同意，按制度执行  ' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('batch-submit'));
      await Promise.resolve();
    });
    await waitFor(() => expect(screen.getByTestId('batch-results')).toBeTruthy());
    expect(api.callsTo('actions.batchApprove').map((c) => c.input)).toEqual([
      { taskIds: ['t1', 't2', 't3'], comment: '同意，按制度执行' },
    ]);
    expect(rows()).toHaveLength(3);
    // the list under the dialog refreshes only once the person has read the result and closed it
    expect(finished).toBe(0);
    fireEvent.click(screen.getByTestId('batch-close'));
    expect(finished).toBe(1);
  });
});
