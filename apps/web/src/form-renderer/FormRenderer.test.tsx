import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n/i18n';
import { formWith } from './test-form';
import { fieldEl, renderForm } from './test/render-form';
import { DESKTOP_WIDTH, setViewport } from './test/viewport';
import type * as TextWidgetModule from './widgets/TextWidget';

// Counts renders of the text widget per field, through the real widget.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('./widgets/TextWidget', async (importOriginal) => {
  const real = await importOriginal<typeof TextWidgetModule>();
  return {
    TextWidget: (props: Parameters<typeof real.TextWidget>[0]) => {
      renders.set(props.id, (renders.get(props.id) ?? 0) + 1);
      return real.TextWidget(props);
    },
  };
});

const L = (zh: string, en: string) => ({ zh, en });

beforeEach(() => {
  setViewport(DESKTOP_WIDTH);
  renders.clear();
});

describe('FormRenderer', () => {
  it('draws every field type with its widget and its Chinese label; hidden fields not at all', () => {
    renderForm({ serialNo: undefined });
    expect(within(fieldEl('title')).getByLabelText('标题').getAttribute('placeholder')).toBe('一句话说明');
    expect(fieldEl('reason').querySelector('textarea')).not.toBeNull();
    expect(within(fieldEl('days')).getByRole('spinbutton').getAttribute('inputmode')).toBe('decimal');
    expect(fieldEl('amount').textContent).toContain('¥');
    expect(fieldEl('type').querySelector('.ant-select')).not.toBeNull();
    expect(fieldEl('tags').querySelector('.ant-select-multiple')).not.toBeNull();
    expect(screen.getByRole('radio', { name: '紧急' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '会议室' })).toBeTruthy();
    expect(fieldEl('start').querySelector('.ant-picker')).not.toBeNull();
    expect(fieldEl('span').querySelector('.ant-picker-range')).not.toBeNull();
    expect(fieldEl('at').querySelector('.ant-picker')).not.toBeNull();
    expect(fieldEl('deputy').querySelector('.ant-select')).not.toBeNull();
    expect(within(fieldEl('files')).getByRole('button', { name: '选择文件' })).toBeTruthy();
    expect(within(fieldEl('photos')).getByRole('button', { name: '选择图片' })).toBeTruthy();
    expect(within(fieldEl('items')).getByRole('button', { name: /添加一行/ })).toBeTruthy();
    expect(within(fieldEl('sign')).getByRole('button', { name: '手写签名' })).toBeTruthy();
    expect(fieldEl('serialNo').textContent).toContain('生成于提交后');
    expect(screen.getByText('请如实填写')).toBeTruthy();
    expect(document.getElementById('field-secret')).toBeNull();
    // shown by a rule that does not hold yet
    expect(document.getElementById('field-doctor')).toBeNull();
  });

  it('marks required fields and uses the designer width from tablets up, the full row on phones', () => {
    renderForm();
    expect(fieldEl('reason').querySelector('.signoff-required')).not.toBeNull();
    expect(fieldEl('title').querySelector('.signoff-required')).toBeNull();
    // the grid cell spans the designer's 8 of 24 columns from 768 px up (form-renderer.css), all 24 below
    const cell = fieldEl('start').closest<HTMLElement>('.signoff-form-cell');
    expect(cell?.dataset.span).toBe('8');
    expect(cell?.style.getPropertyValue('--so-span')).toBe('8');
    expect(fieldEl('reason').closest<HTMLElement>('.signoff-form-cell')?.dataset.span).toBe('24');
  });

  it('draws English labels, options and placeholders in English', () => {
    setLang('en');
    renderForm();
    expect(screen.getByText('Reason')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Urgent' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Car' })).toBeTruthy();
    expect(fieldEl('serialNo').textContent).toContain('Assigned on submit');
    expect(within(fieldEl('items')).getByRole('button', { name: /Add a row/ })).toBeTruthy();
  });

  it('re-renders only the field being typed in, not the other 299', async () => {
    const fields = Array.from({ length: 300 }, (_, i) => ({
      key: `t${i}`,
      type: 'text' as const,
      label: L(`字段${i}`, `Field ${i}`),
    }));
    renderForm({ form: formWith(fields) });
    // drawn in sections (use-sections.ts): a section joining renders none of those already drawn
    await waitFor(() => expect(renders.get('t299')).toBe(1), { timeout: 15_000 });
    expect(renders.get('t0')).toBe(1);
    const input = within(fieldEl('t5')).getByRole('textbox');
    fireEvent.change(input, { target: { value: 'a' } });
    fireEvent.change(input, { target: { value: 'ab' } });
    fireEvent.change(input, { target: { value: 'abc' } });
    expect(renders.get('t5')).toBe(4);
    const others = [...renders].filter(([k]) => k !== 't5');
    expect(others).toHaveLength(299);
    expect(others.every(([, n]) => n === 1)).toBe(true);
  });

  it('re-renders the fields that depend on the one typed in: a rule it feeds, nothing else', () => {
    const { store } = renderForm();
    renders.clear();
    act(() => store.set('type', 'sick'));
    // the hospital field appears (a first render); title and the other text fields do not render again
    expect(renders.get('doctor')).toBe(1);
    expect(renders.has('title')).toBe(false);
    fireEvent.change(within(fieldEl('doctor')).getByRole('textbox'), { target: { value: '人民医院' } });
    expect(renders.get('doctor')).toBe(2);
    expect(renders.has('title')).toBe(false);
  });

  it('recomputes a computed field live, as the table is filled in', async () => {
    const { store } = renderForm();
    fireEvent.click(within(fieldEl('items')).getByRole('button', { name: /添加一行/ }));
    const qty = within(fieldEl('items')).getByLabelText('数量 · 第 1 行');
    const unit = within(fieldEl('items')).getByLabelText('单价 · 第 1 行');
    fireEvent.change(qty, { target: { value: '3' } });
    fireEvent.change(unit, { target: { value: '12.5' } });
    await waitFor(() => expect(screen.getByTestId('total-value').textContent).toBe('37.50'));
    expect(store.values().total).toBe(37.5);
    expect(screen.getByTestId('items-sum-amount').textContent).toBe('金额：37.50');
  });

  it('shows and hides a field by its rule as the choice it reads changes', () => {
    const { store } = renderForm();
    act(() => store.set('type', 'sick'));
    expect(fieldEl('doctor').querySelector('.signoff-required')).not.toBeNull();
    act(() => store.set('type', 'personal'));
    expect(document.getElementById('field-doctor')).toBeNull();
  });

  it('shows errors on their fields after a refused check, and the limit instead of changing the number', () => {
    const { store } = renderForm();
    const days = within(fieldEl('days')).getByRole('spinbutton');
    fireEvent.change(days, { target: { value: '400' } });
    fireEvent.blur(days);
    expect(store.get('days')).toBe(400);
    expect(within(fieldEl('days')).getByRole('alert').textContent).toBe('「请假天数」不能大于 365');
    expect(fieldEl('days').textContent).toContain('可填 0.5 ~ 365');
    act(() => void store.validate());
    expect(within(fieldEl('reason')).getByRole('alert').textContent).toBe('「请假事由」为必填项');
    expect(within(fieldEl('reason')).getByRole('textbox').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows read-only fields as text and leaves hidden ones out on an approval step', () => {
    renderForm({
      initial: { reason: '家中有事', type: 'personal', days: 3, amount: 88 },
      access: { reason: 'read', type: 'read', days: 'edit', amount: 'hidden' },
    });
    expect(fieldEl('reason').querySelector('textarea')).toBeNull();
    expect(fieldEl('reason').textContent).toContain('家中有事');
    expect(fieldEl('type').textContent).toContain('事假');
    expect(within(fieldEl('days')).getByRole('spinbutton')).toBeTruthy();
    expect(document.getElementById('field-amount')).toBeNull();
  });

  it('shows the serial number once the request has one', () => {
    renderForm({ serialNo: 'JK-202612-0001' });
    expect(screen.getByTestId('serialNo-value').textContent).toBe('JK-202612-0001');
  });
});
