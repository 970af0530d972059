import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form, type FormInstance } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n/i18n';
import { applyFieldErrors, toNamePath } from './field-errors';
import { cleanValues, FormRenderer, renderedKeys } from './FormRenderer';
import { testSchema, testUiSchema } from './test-form';
import type { FormValues } from './types';

function Harness({ onFinish, expose }: { onFinish: (v: FormValues) => void; expose: (f: FormInstance<FormValues>) => void }) {
  const [form] = Form.useForm<FormValues>();
  expose(form);
  return <FormRenderer form={form} schema={testSchema} uiSchema={testUiSchema} onFinish={onFinish} />;
}

function renderForm() {
  const onFinish = vi.fn<(v: FormValues) => void>();
  let form: FormInstance<FormValues> | undefined;
  const view = render(<Harness onFinish={onFinish} expose={(f) => (form = f)} />);
  if (!form) throw new Error('form instance not exposed');
  return { ...view, onFinish, form };
}

const itemOf = (label: string): HTMLElement => {
  const el = screen.getByText(label, { selector: 'label' }).closest('.ant-form-item');
  if (!(el instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return el;
};

describe('FormRenderer', () => {
  it('draws each widget with its localized label', () => {
    const { container } = renderForm();
    expect(itemOf('标题').querySelector('input[type="text"]')).not.toBeNull();
    expect(itemOf('标题').querySelector('input')?.getAttribute('placeholder')).toBe('一句话说明');
    expect(itemOf('请假事由').querySelector('textarea')).not.toBeNull();
    expect(itemOf('请假天数').querySelector('.ant-input-number')).not.toBeNull();
    expect(itemOf('金额').textContent).toContain('¥');
    expect(itemOf('假期类型').querySelector('.ant-select')).not.toBeNull();
    expect(itemOf('标签').querySelector('.ant-select-multiple')).not.toBeNull();
    expect(itemOf('开始日期').querySelector('.ant-picker')).not.toBeNull();
    // radio and checkbox options show their Chinese labels
    expect(screen.getByRole('radio', { name: '紧急' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '会议室' })).toBeTruthy();
    // description is text, not an input
    expect(screen.getByText('填写须知')).toBeTruthy();
    expect(screen.getByText('请如实填写')).toBeTruthy();
    // hidden fields are not drawn
    expect(screen.queryByText('隐藏字段')).toBeNull();
    expect(container.querySelectorAll('.ant-form-item')).toHaveLength(9);
  });

  it('marks required fields and uses the UI schema width on desktop, the full row on phones', () => {
    renderForm();
    expect(itemOf('请假事由').querySelector('.ant-form-item-required')).not.toBeNull();
    expect(itemOf('开始日期').querySelector('.ant-form-item-required')).not.toBeNull();
    expect(itemOf('标题').querySelector('.ant-form-item-required')).toBeNull();
    const col = itemOf('开始日期').closest('.ant-col');
    expect(col?.className).toContain('ant-col-md-8');
    expect(col?.className).toContain('ant-col-xs-24');
  });

  it('draws English labels and option labels in English', () => {
    setLang('en');
    renderForm();
    expect(itemOf('Reason')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Urgent' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Car' })).toBeTruthy();
  });

  it('refuses to submit with required fields empty and says which', async () => {
    const { form, onFinish } = renderForm();
    await act(async () => {
      form.submit();
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(await screen.findByText('请填写请假事由')).toBeTruthy();
    expect(screen.getByText('请选择假期类型')).toBeTruthy();
    expect(screen.getByText('请选择需要')).toBeTruthy();
    expect(screen.getByText('请选择开始日期')).toBeTruthy();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('treats a reason of only spaces as empty', async () => {
    const { form, onFinish } = renderForm();
    fireEvent.change(itemOf('请假事由').querySelector('textarea')!, { target: { value: '   ' } });
    await act(async () => {
      form.submit();
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(await screen.findByText('请填写请假事由')).toBeTruthy();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('submits typed values, with dates as YYYY-MM-DD strings', async () => {
    const { form, onFinish } = renderForm();
    fireEvent.change(itemOf('请假事由').querySelector('textarea')!, { target: { value: '家中有事' } });
    fireEvent.click(screen.getByRole('checkbox', { name: '用车' }));
    fireEvent.click(screen.getByRole('radio', { name: '紧急' }));
    act(() => form.setFieldsValue({ type: 'personal', start: '2026-05-04', days: 3 }));
    expect(itemOf('开始日期').querySelector('input')?.value).toBe('2026-05-04');
    await act(async () => {
      form.submit();
      await new Promise((r) => setTimeout(r, 50));
    });
    await waitFor(() => expect(onFinish).toHaveBeenCalledTimes(1));
    const values = cleanValues(onFinish.mock.calls[0]![0]);
    expect(values).toEqual({ reason: '家中有事', needs: ['car'], urgency: 'high', type: 'personal', start: '2026-05-04', days: 3 });
  });

  it('accepts a typed number in a required number field', async () => {
    const ui = { ...testUiSchema, fields: { ...testUiSchema.fields, days: { ...testUiSchema.fields.days!, required: true } } };
    let form: FormInstance<FormValues> | undefined;
    function Required() {
      const [f] = Form.useForm<FormValues>();
      form = f;
      return <FormRenderer form={f} schema={testSchema} uiSchema={ui} />;
    }
    const { container } = render(<Required />);
    const days = container.querySelector<HTMLInputElement>('#days')!;
    let error: unknown = 'not validated';
    await act(async () => {
      error = await form!.validateFields(['days']).then(() => null, (e: unknown) => e);
    });
    expect(error).not.toBeNull();
    fireEvent.change(days, { target: { value: '3' } });
    await act(async () => {
      error = await form!.validateFields(['days']).then(() => null, (e: unknown) => e);
    });
    expect(error).toBeNull();
    expect(form!.getFieldValue('days')).toBe(3);
  });

  it('shows the server field errors on their fields and hands back the rest', async () => {
    const { form } = renderForm();
    let leftover: ReturnType<typeof applyFieldErrors> = [];
    act(() => {
      leftover = applyFieldErrors(
        form,
        [
          { path: 'reason', message: { zh: '请假事由不能为空', en: 'Reason is required' } },
          { path: 'days', message: { zh: '请假天数不能大于 365', en: 'Leave days must be at most 365' } },
          { path: '', message: { zh: '表单有误', en: 'The form is wrong' } },
          { path: 'unknown', message: { zh: '多余字段', en: 'Extra field' } },
        ],
        'zh',
        renderedKeys(testUiSchema),
      );
    });
    expect(await screen.findByText('请假事由不能为空')).toBeTruthy();
    expect(screen.getByText('请假天数不能大于 365')).toBeTruthy();
    expect(itemOf('请假事由').className).toContain('ant-form-item-has-error');
    expect(leftover.map((l) => l.path)).toEqual(['', 'unknown']);
  });
});

describe('toNamePath', () => {
  it('turns field paths into antd name paths', () => {
    expect(toNamePath('reason')).toEqual(['reason']);
    expect(toNamePath('items[3].amount')).toEqual(['items', 3, 'amount']);
    expect(toNamePath('')).toEqual([]);
  });
});

describe('cleanValues', () => {
  it('drops empty answers and trims text', () => {
    expect(cleanValues({ a: undefined, b: null, c: '', d: [], e: ' x ', f: 0, g: ['y'] })).toEqual({ e: 'x', f: 0, g: ['y'] });
  });
});

describe('renderedKeys', () => {
  it('leaves out hidden and description fields', () => {
    const keys = renderedKeys(testUiSchema);
    expect(keys.has('reason')).toBe(true);
    expect(keys.has('note')).toBe(false);
    expect(keys.has('secret')).toBe(false);
  });
});
