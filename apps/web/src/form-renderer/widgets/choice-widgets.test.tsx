import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { fieldEl, renderField } from '../test/render-form';

const L = (zh: string, en: string) => ({ zh, en });
const options = [
  { value: 'personal', label: L('事假', 'Personal') },
  { value: 'sick', label: L('病假', 'Sick') },
];

async function choose(key: string, label: string): Promise<void> {
  fireEvent.mouseDown(fieldEl(key).querySelector('.ant-select') as HTMLElement);
  const option = await waitFor(() => {
    const o = [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown .ant-select-item-option')].find((el) => el.textContent === label);
    if (!o) throw new Error(`no option ${label}`);
    return o;
  });
  fireEvent.click(option);
}

describe('select and multi-select widgets', () => {
  it('store the option value, show its label', async () => {
    const { store } = renderField({ key: 'type', type: 'select', label: L('假期类型', 'Leave type'), required: true, options });
    await choose('type', '病假');
    expect(store.get('type')).toBe('sick');
    expect(fieldEl('type').querySelector('.ant-select')?.textContent).toContain('病假');
  });

  it('keep several values and refuse more than allowed', async () => {
    const { store } = renderField({ key: 'tags', type: 'multiSelect', label: L('标签', 'Tags'), options: [...options, { value: 'x', label: L('其他', 'Other') }], maxSelected: 1 });
    await choose('tags', '事假');
    await choose('tags', '其他');
    expect(store.get('tags')).toEqual(['personal', 'x']);
    act(() => store.validateField('tags'));
    expect(within(fieldEl('tags')).getByRole('alert').textContent).toBe('「标签」最多 1 项');
  });

  it('say a required choice is missing, and show options in English', async () => {
    setLang('en');
    const { store } = renderField({ key: 'type', type: 'select', label: L('假期类型', 'Leave type'), required: true, options });
    act(() => void store.validate());
    expect(within(fieldEl('type')).getByRole('alert').textContent).toBe('"Leave type" is required');
    await choose('type', 'Sick');
    expect(store.get('type')).toBe('sick');
    expect(within(fieldEl('type')).queryByRole('alert')).toBeNull();
  });
});

describe('radio and checkbox widgets', () => {
  it('pick one option, or several', () => {
    const radio = renderField({ key: 'urgency', type: 'radio', label: L('紧急程度', 'Urgency'), options: [{ value: 'high', label: L('紧急', 'Urgent') }, { value: 'low', label: L('一般', 'Normal') }] });
    fireEvent.click(screen.getByRole('radio', { name: '紧急' }));
    expect(radio.store.get('urgency')).toBe('high');
    expect(screen.getByRole('radiogroup', { name: '紧急程度' })).toBeTruthy();
    radio.view.unmount();

    const box = renderField({ key: 'needs', type: 'checkbox', label: L('需要', 'Needs'), required: true, options: [{ value: 'car', label: L('用车', 'Car') }, { value: 'room', label: L('会议室', 'Room') }] });
    fireEvent.click(screen.getByRole('checkbox', { name: '用车' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '会议室' }));
    expect(box.store.get('needs')).toEqual(['car', 'room']);
    fireEvent.click(screen.getByRole('checkbox', { name: '用车' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '会议室' }));
    // unticking everything leaves nothing chosen, which a required field refuses
    expect(box.store.get('needs')).toBeUndefined();
    act(() => box.store.validateField('needs'));
    expect(within(fieldEl('needs')).getByRole('alert').textContent).toBe('「需要」为必填项');
  });

  it('label their options in English', () => {
    setLang('en');
    renderField({ key: 'needs', type: 'checkbox', label: L('需要', 'Needs'), options: [{ value: 'car', label: L('用车', 'Car') }] });
    expect(screen.getByRole('checkbox', { name: 'Car' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Needs' })).toBeTruthy();
  });
});
