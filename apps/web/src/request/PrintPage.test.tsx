import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n/i18n';
import { PrintView } from './PrintPage';
import { entry, HEAD, leaveDetail, LEADER, LI, WANG, ZHANG } from './test/detail-fixture';
import { testApi } from './test/test-api';

const finished = leaveDetail({
  status: 'approved',
  finishedAt: '2026-11-21T08:00:00.000Z',
  availableActions: [],
  myOpenTask: null,
  timeline: [
    entry('submitted', { actor: ZHANG }),
    entry('step_started', { nodeName: HEAD, users: [LI] }),
    entry('approved', { nodeName: HEAD, actor: LI, comment: '同意，注意交接工作', signatureUrl: '/files/sig-li' }),
    entry('step_started', { nodeName: LEADER, users: [WANG] }),
    entry('urged', { actor: ZHANG }),
    entry('approved', { nodeName: LEADER, actor: WANG, comment: '同意' }),
    entry('finished'),
  ],
});

function renderPrint() {
  const api = testApi();
  return render(api.wrap(<PrintView detail={finished} companyName="演示科技有限公司" />));
}

describe('PrintView', () => {
  it('shows the company, the serial number, the form and the approval chain with names, comments and signatures', () => {
    renderPrint();
    expect(screen.getByTestId('print-company').textContent).toBe('演示科技有限公司');
    expect(screen.getByTestId('print-serial').textContent).toBe('QJ-202611-0001');
    expect(screen.getByText('家中有事')).toBeTruthy();
    const chain = screen.getByTestId('print-chain');
    const rows = within(chain).getAllByRole('row').slice(1);
    // submitted and the two decisions; waiting steps, urging and the end are not on paper
    expect(rows).toHaveLength(3);
    expect(rows[0]?.textContent).toContain('张三');
    expect(rows[0]?.textContent).toContain('提交申请');
    expect(rows[1]?.textContent).toContain('部门负责人审批');
    expect(rows[1]?.textContent).toContain('李四');
    expect(rows[1]?.textContent).toContain('同意，注意交接工作');
    expect(rows[1]?.querySelector('img')?.getAttribute('src')).toBe('/files/sig-li');
    expect(rows[2]?.textContent).toContain('王五');
    expect(rows[2]?.textContent).toContain('分管领导审批');
  });

  it('prints with the browser and speaks English too', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    setLang('en');
    renderPrint();
    expect(screen.getByText('Approval record')).toBeTruthy();
    expect(within(screen.getByTestId('print-chain')).getAllByText('Approved')).toHaveLength(2);
    fireEvent.click(screen.getByTestId('print-button'));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });
});
