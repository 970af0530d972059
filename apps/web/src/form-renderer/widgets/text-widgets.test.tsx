import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { fieldEl, renderField } from '../test/render-form';

const L = (zh: string, en: string) => ({ zh, en });

describe('text and long text widgets', () => {
  it('keep what is typed and send it trimmed', () => {
    const { store } = renderField({ key: 'title', type: 'text', label: L('标题', 'Title'), maxLength: 20 });
    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '  出差申请 ' } });
    expect(store.get('title')).toBe('  出差申请 ');
    expect(store.values()).toEqual({ title: '出差申请' });
    // the limit is shown as a counter rather than cutting text silently
    expect(fieldEl('title').textContent).toContain('/ 20');
  });

  it('say a required long text is missing, on the field, in Chinese', () => {
    const { store } = renderField({ key: 'reason', type: 'textarea', label: L('事由', 'Reason'), required: true });
    const box = screen.getByLabelText(/事由/);
    fireEvent.change(box, { target: { value: '   ' } });
    fireEvent.blur(box);
    expect(within(fieldEl('reason')).getByRole('alert').textContent).toBe('「事由」为必填项');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(box, { target: { value: '家里有事' } });
    expect(within(fieldEl('reason')).queryByRole('alert')).toBeNull();
    expect(store.validate().ok).toBe(true);
  });

  it('say it in English too, when the person reads English', () => {
    setLang('en');
    const { store } = renderField({ key: 'reason', type: 'textarea', label: L('事由', 'Reason'), required: true, minLength: 5 });
    fireEvent.change(screen.getByLabelText(/Reason/), { target: { value: 'abc' } });
    act(() => void store.validate());
    expect(within(fieldEl('reason')).getByRole('alert').textContent).toBe('"Reason" must be at least 5 characters long');
  });
});
