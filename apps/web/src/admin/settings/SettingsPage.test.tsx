import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { deskTestApi } from '../../desk/test/desk-test-api';
import { apiError } from '../../form-renderer/test/fake-api';
import SettingsPage from './SettingsPage';

configure({ asyncUtilTimeout: 10_000 });

const SETTINGS = {
  name: '演示公司',
  locale: 'zh',
  holidays: [],
  extraWorkdays: [],
  defaultTimeLimitHours: 24,
  reminderHours: 24,
  logoUrl: null,
};

describe('the settings page', () => {
  beforeEach(() => setLang('zh'));

  it('toggles a day on the calendar and saves the whole settings with it', async () => {
    const t = deskTestApi({ 'settings.get': () => SETTINGS, 'settings.update': (input) => input });
    render(t.wrap(<SettingsPage />));
    await screen.findByDisplayValue('演示公司');
    // the first weekday of this month: a click makes it a holiday
    let d = dayjs().startOf('month');
    while (d.day() === 0 || d.day() === 6) d = d.add(1, 'day');
    const date = d.format('YYYY-MM-DD');
    const cell = document.querySelector(`[data-date="${date}"]`);
    if (!cell) throw new Error(`no cell for ${date}`);
    fireEvent.click(cell);
    await waitFor(() => expect(cell.getAttribute('data-state')).toBe('holiday'));
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(t.callsTo('settings.update')).toHaveLength(1));
    expect(t.callsTo('settings.update')[0]?.input).toEqual({ ...SETTINGS, holidays: [date] });
  });

  it('shows the password policy read-only', async () => {
    render(deskTestApi({ 'settings.get': () => SETTINGS }).wrap(<SettingsPage />));
    const policy = await screen.findByTestId('password-policy');
    expect(policy.textContent).toContain('8 至 128 位');
  });

  it('says why the settings did not load, with a retry that loads them', async () => {
    let failures = 1;
    render(
      deskTestApi({
        'settings.get': () => {
          if (failures-- > 0) throw apiError('internal', 500, { zh: '服务暂不可用', en: 'Service down' });
          return SETTINGS;
        },
      }).wrap(<SettingsPage />),
    );
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('服务暂不可用');
    fireEvent.click(within(failed).getByRole('button', { name: /重\s*试/ }));
    await screen.findByTestId('password-policy');
  });
});
