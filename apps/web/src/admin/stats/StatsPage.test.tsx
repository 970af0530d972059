import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { deskTestApi } from '../../desk/test/desk-test-api';
import type { ChartOption } from './chart-options';
import { NOVEMBER } from './stats-fixture';
import StatsPage from './StatsPage';

configure({ asyncUtilTimeout: 10_000 });

// jsdom has no canvas: the chart shows its option as data instead, which is what the page controls
vi.mock('./StatsChart', () => ({
  StatsChart: ({ option, testId }: { option: ChartOption; testId: string }) => (
    <pre data-testid={testId}>
      {JSON.stringify(option.series.map((s) => ({ name: s.name, data: s.data })))}
    </pre>
  ),
}));

const answers = {
  'stats.overview': () => NOVEMBER,
  'templates.list': () => ({ folders: [], templates: [] }),
};
const cells = (testId: string) =>
  [...screen.getByTestId(testId).querySelectorAll('tbody tr.ant-table-row')].map((r) =>
    [...r.querySelectorAll('td')].map((td) => td.textContent),
  );

describe('the statistics page', () => {
  beforeEach(() => setLang('zh'));

  it('asks for the last 30 days and shows each form’s figures, rates coloured against their targets', async () => {
    const api = deskTestApi(answers);
    render(api.wrap(<StatsPage />));
    await screen.findByTestId('stats-page');
    const { from, to } = api.callsTo('stats.overview')[0]?.input as { from: string; to: string };
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(30);
    expect(cells('stats-templates')).toEqual([
      ['请假申请', '4', '3', '2', '1', '1', '3.5', '5.3', '66.7%', '25%'],
      ['出差申请', '2', '2', '2', '0', '0', '10', '12', '100%', '0%'],
    ]);
    expect(screen.getByText('66.7%').className).toContain('danger');
    expect(screen.getByText('100%').className).toContain('success');
    expect(cells('stats-bottlenecks')[0]?.slice(0, 3)).toEqual(['1', '出差申请', '财务审核']);
    expect(screen.getByTestId('chart-rates').textContent).toContain('[66.7,100]');
    expect(screen.getByTestId('stats-export-xlsx').getAttribute('href')).toBe(
      `/exports/requests.xlsx?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );
  });

  it('narrows everything to one form and charts its steps’ durations', async () => {
    render(deskTestApi(answers).wrap(<StatsPage />));
    await screen.findByTestId('stats-page');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '表单' }));
    fireEvent.click(await screen.findByText('请假申请', { selector: '.ant-select-item-option-content' }));
    await waitFor(() => expect(cells('stats-templates')).toHaveLength(1));
    expect(cells('stats-steps').map((r) => r[1])).toEqual(['部门负责人审批']);
    expect(screen.getByTestId('chart-duration').textContent).toBe(
      '[{"name":"平均","data":[3]},{"name":"P90","data":[4]}]',
    );
    expect(screen.getByTestId('stats-export-xlsx').getAttribute('href')).toContain('templateKey=leave');
  });

  it('says when there is nothing in the range, and when loading failed', async () => {
    const empty = { ...NOVEMBER, templates: [], steps: [], bottlenecks: [], days: [] };
    const { unmount } = render(
      deskTestApi({ ...answers, 'stats.overview': () => empty }).wrap(<StatsPage />),
    );
    expect(await screen.findByTestId('stats-empty')).toBeTruthy();
    expect(screen.queryByTestId('chart-requests')).toBeNull();
    unmount();
    render(deskTestApi({ 'templates.list': answers['templates.list'] }).wrap(<StatsPage />));
    expect((await screen.findByTestId('stats-error')).textContent).toContain('统计数据加载失败');
  });
});
