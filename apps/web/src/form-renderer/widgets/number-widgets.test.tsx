import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { fieldEl, renderField } from '../test/render-form';

const L = (zh: string, en: string) => ({ zh, en });
const days = { key: 'days', type: 'number' as const, label: L('请假天数', 'Leave days'), min: 0.5, max: 365, precision: 1 };

describe('number widget', () => {
  it('keeps an out-of-range number as typed and says the limit instead of clamping it', () => {
    const { store } = renderField(days);
    const input = screen.getByRole('spinbutton');
    fireEvent.change(input, { target: { value: '400' } });
    fireEvent.blur(input);
    expect(store.get('days')).toBe(400);
    expect((input as HTMLInputElement).value).toBe('400');
    expect(within(fieldEl('days')).getByRole('alert').textContent).toBe('「请假天数」不能大于 365');
    // the limit is said before anyone types, too
    expect(fieldEl('days').textContent).toContain('可填 0.5 ~ 365');
  });

  it('does not round away decimals the field does not allow: it says how many are allowed', () => {
    const { store } = renderField(days);
    const input = screen.getByRole('spinbutton');
    fireEvent.change(input, { target: { value: '0.25' } });
    fireEvent.blur(input);
    expect(store.get('days')).toBe(0.25);
    expect(within(fieldEl('days')).getByRole('alert').textContent).toBe('「请假天数」不能小于 0.5');
    fireEvent.change(input, { target: { value: '1.25' } });
    act(() => store.validateField('days'));
    expect(within(fieldEl('days')).getByRole('alert').textContent).toBe('「请假天数」最多保留 1 位小数');
    fireEvent.change(input, { target: { value: '1.5' } });
    expect(within(fieldEl('days')).queryByRole('alert')).toBeNull();
  });

  it('says the limit and the error in English', () => {
    setLang('en');
    renderField(days);
    const input = screen.getByRole('spinbutton');
    fireEvent.change(input, { target: { value: '400' } });
    fireEvent.blur(input);
    expect(within(fieldEl('days')).getByRole('alert').textContent).toBe('"Leave days" must be at most 365');
    expect(fieldEl('days').textContent).toContain('From 0.5 to 365');
  });
});

describe('money widget', () => {
  const amount = { key: 'amount', type: 'money' as const, label: L('报销金额', 'Amount'), required: true };

  it('shows the amount in Chinese capitals as it is typed', () => {
    renderField(amount);
    const input = screen.getByRole('spinbutton');
    expect(fieldEl('amount').textContent).toContain('¥');
    fireEvent.change(input, { target: { value: '1234.56' } });
    expect(screen.getByTestId('amount-capitals').textContent).toBe('大写：壹仟贰佰叁拾肆元伍角陆分');
    fireEvent.change(input, { target: { value: '100' } });
    expect(screen.getByTestId('amount-capitals').textContent).toBe('大写：壹佰元整');
  });

  it('refuses a negative amount and more than two decimals, with the reason', () => {
    const { store } = renderField(amount);
    const input = screen.getByRole('spinbutton');
    fireEvent.change(input, { target: { value: '-5' } });
    fireEvent.blur(input);
    expect(store.get('amount')).toBe(-5);
    expect(within(fieldEl('amount')).getByRole('alert').textContent).toBe('「报销金额」不能小于 0');
  });

  it('labels the capitals line in English for English readers', () => {
    setLang('en');
    renderField(amount);
    fireEvent.change(screen.getByRole('spinbutton'), { target: { value: '20' } });
    expect(screen.getByTestId('amount-capitals').textContent).toBe('In words (Chinese): 贰拾元整');
  });
});
