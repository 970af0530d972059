import { configure, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { deskTestApi } from '../../desk/test/desk-test-api';
import { NOVEMBER } from './stats-fixture';
import UsagePage from './UsagePage';

configure({ asyncUtilTimeout: 10_000 });

describe('the monthly usage report', () => {
  beforeEach(() => setLang('zh'));

  it('reports the month in the address: logins, active people, requests and the top forms; prints', async () => {
    const api = deskTestApi({ 'stats.overview': () => NOVEMBER });
    render(api.wrap(<UsagePage />, '/admin/usage?month=2026-11'));
    await screen.findByTestId('usage-report');
    expect(api.callsTo('stats.overview')[0]?.input).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
    const value = (id: string) =>
      screen.getByTestId(id).querySelector('.ant-statistic-content-value')?.textContent;
    expect([
      value('usage-logins'),
      value('usage-active'),
      value('usage-submitted'),
      value('usage-finished'),
    ]).toEqual(['17', '4', '6', '5']);
    const top = [...screen.getByTestId('usage-top').querySelectorAll('tbody tr.ant-table-row')].map(
      (r) => r.textContent,
    );
    expect(top).toEqual(['1请假申请4', '2出差申请2']);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    fireEvent.click(screen.getByTestId('usage-print'));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says so for a month nobody used', async () => {
    render(
      deskTestApi({ 'stats.overview': () => ({ ...NOVEMBER, months: [] }) }).wrap(
        <UsagePage />,
        '/admin/usage?month=2026-10',
      ),
    );
    expect(await screen.findByTestId('usage-empty')).toBeTruthy();
  });
});
