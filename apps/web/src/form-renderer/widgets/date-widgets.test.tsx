import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { fieldEl, renderField } from '../test/render-form';

const L = (zh: string, en: string) => ({ zh, en });

async function pickDay(input: HTMLElement, day: string): Promise<void> {
  fireEvent.mouseDown(input);
  fireEvent.click(input);
  const cell = await waitFor(() => {
    const c = document.querySelector<HTMLElement>(`.ant-picker-dropdown td[title="${day}"]`);
    if (!c) throw new Error(`no cell ${day}`);
    return c;
  });
  fireEvent.click(cell);
}

describe('date widget', () => {
  it('stores the picked day as YYYY-MM-DD and shows it', async () => {
    const { store } = renderField({ key: 'start', type: 'date', label: L('开始日期', 'Start'), required: true });
    act(() => store.set('start', '2026-05-04'));
    const input = screen.getByLabelText<HTMLInputElement>(/开始日期/);
    expect(input.value).toBe('2026-05-04');
    await pickDay(input, '2026-05-12');
    expect(store.get('start')).toBe('2026-05-12');
  });

  it('cannot pick a day outside the allowed range, and says so for a day that came from elsewhere', async () => {
    const { store } = renderField({ key: 'start', type: 'date', label: L('开始日期', 'Start'), minDate: '2026-05-10' });
    act(() => store.set('start', '2026-05-01'));
    act(() => store.validateField('start'));
    expect(within(fieldEl('start')).getByRole('alert').textContent).toBe('「开始日期」不能早于 2026-05-10');
    const input = screen.getByLabelText(/开始日期/);
    fireEvent.mouseDown(input);
    fireEvent.click(input);
    const cell = await waitFor(() => {
      const c = document.querySelector('.ant-picker-dropdown td[title="2026-05-09"]');
      if (!c) throw new Error('picker not open');
      return c;
    });
    expect(cell.className).toContain('disabled');
    fireEvent.click(cell);
    expect(store.get('start')).toBe('2026-05-01');
  });

  it('says a required day is missing, in English as well', () => {
    setLang('en');
    const { store } = renderField({ key: 'start', type: 'date', label: L('开始日期', 'Start date'), required: true });
    expect(screen.getByLabelText(/Start date/).getAttribute('placeholder')).toBe('Select date');
    act(() => void store.validate());
    expect(within(fieldEl('start')).getByRole('alert').textContent).toBe('"Start date" is required');
  });
});

describe('date range widget', () => {
  it('holds a start and an end day, and refuses a start after the end', () => {
    const { store } = renderField({ key: 'span', type: 'dateRange', label: L('请假期间', 'Period'), required: true });
    act(() => store.set('span', ['2026-05-04', '2026-05-06']));
    const inputs = fieldEl('span').querySelectorAll('input');
    expect([...inputs].map((i) => i.value)).toEqual(['2026-05-04', '2026-05-06']);
    act(() => store.set('span', ['2026-05-08', '2026-05-06']));
    act(() => store.validateField('span'));
    expect(within(fieldEl('span')).getByRole('alert').textContent).toBe('「请假期间」的开始不能晚于结束');
  });

  it('names its two boxes in English', () => {
    setLang('en');
    renderField({ key: 'span', type: 'dateRange', label: L('请假期间', 'Period') });
    const inputs = fieldEl('span').querySelectorAll('input');
    expect([...inputs].map((i) => i.getAttribute('placeholder'))).toEqual(['Start date', 'End date']);
  });
});

describe('time widget', () => {
  it('shows and keeps HH:mm, and says a malformed time is wrong', () => {
    const { store } = renderField({ key: 'at', type: 'time', label: L('出发时间', 'Departure') });
    act(() => store.set('at', '09:30'));
    expect(screen.getByLabelText<HTMLInputElement>(/出发时间/).value).toBe('09:30');
    act(() => store.set('at', '9:3'));
    act(() => store.validateField('at'));
    expect(within(fieldEl('at')).getByRole('alert').textContent).toContain('「出发时间」');
  });

  it('asks for a time in English', () => {
    setLang('en');
    renderField({ key: 'at', type: 'time', label: L('出发时间', 'Departure') });
    expect(screen.getByLabelText(/Departure/).getAttribute('placeholder')).toBe('Select time');
  });
});
