import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { deskTestApi } from '../../desk/test/desk-test-api';
import type { SupervisionRow } from './supervision-filter';
import SupervisionOverviewPage from './SupervisionOverviewPage';

configure({ asyncUtilTimeout: 10_000 });

const row = (
  key: string,
  zh: string,
  open: number,
  overdue: number,
  supervisors: SupervisionRow['supervisors'],
): SupervisionRow => ({
  templateKey: key,
  title: { zh, en: key },
  archived: false,
  supervisors,
  open,
  overdue,
});

const ROWS = [
  row('leave', '请假申请', 2, 0, [{ id: 'u-zhao', name: '赵六', active: true }]),
  row('trip', '出差申请', 5, 3, [{ id: 'u-old', name: '钱七', active: false }]),
  row('expense', '费用报销', 0, 0, []),
];

const bodyRows = () =>
  screen.getByTestId('supervision-overview-table').querySelectorAll('tbody tr.ant-table-row');

describe('the supervision overview', () => {
  beforeEach(() => setLang('zh'));

  it('lists every form with its supervisors, the overdue first, and totals the open work', async () => {
    const api = deskTestApi({ 'stats.supervision': () => ROWS });
    render(api.wrap(<SupervisionOverviewPage />));
    expect((await screen.findByTestId('supervision-summary'))?.textContent).toContain(
      '3 个表单，7 个在办任务，其中 3 个已超时',
    );
    const rows = bodyRows();
    expect(rows[0]?.textContent).toContain('出差申请');
    expect(within(rows[0] as HTMLElement).getByText('钱七（已离职）')).toBeTruthy();
    expect(rows[2]?.textContent).toContain('未设督办人');
  });

  it('filters by overdue work, by a missing supervisor and by a supervisor’s name', async () => {
    render(deskTestApi({ 'stats.supervision': () => ROWS }).wrap(<SupervisionOverviewPage />));
    await screen.findByText('请假申请');
    fireEvent.click(screen.getByText('有超时'));
    expect(bodyRows()).toHaveLength(1);
    fireEvent.click(screen.getByText('未设督办人', { selector: '.ant-segmented-item-label' }));
    // a leaver supervises nobody: that form counts as unsupervised
    expect([...bodyRows()].map((r) => r.textContent)).toEqual([
      expect.stringContaining('出差申请'),
      expect.stringContaining('费用报销'),
    ]);
    fireEvent.click(screen.getByText('全部表单'));
    fireEvent.change(screen.getByPlaceholderText('搜索表单或督办人'), { target: { value: '赵六' } });
    expect(bodyRows()).toHaveLength(1);
    expect(bodyRows()[0]?.textContent).toContain('请假申请');
  });

  it('says when nothing is published and when loading failed', async () => {
    const { unmount } = render(
      deskTestApi({ 'stats.supervision': () => [] }).wrap(<SupervisionOverviewPage />),
    );
    expect(await screen.findByText('还没有发布的表单')).toBeTruthy();
    unmount();
    render(deskTestApi({}).wrap(<SupervisionOverviewPage />));
    expect((await screen.findByTestId('supervision-overview-error'))?.textContent).toContain(
      '督办总览加载失败',
    );
  });
});
