import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText } from '../localized';
import type { WidgetProps } from './widget-props';

/** A drop-down of the field's options; `multiSelect` is the same control in multiple mode. */
export function SelectWidget({ id, value, onChange, onBlur, field, lang, disabled, invalid, required, describedBy }: WidgetProps<string | string[]>) {
  const { t } = useTranslation();
  const multiple = field.widget === 'multiSelect';
  return (
    <Select<string | string[]>
      id={id}
      value={value ?? (multiple ? [] : undefined)}
      onChange={(v) => onChange(Array.isArray(v) && v.length === 0 ? undefined : (v ?? undefined))}
      onBlur={onBlur}
      mode={multiple ? 'multiple' : undefined}
      options={(field.options ?? []).map((o) => ({ value: o.value, label: pickText(o.label, lang) }))}
      placeholder={pickText(field.placeholder, lang) || t('renderer.placeholder.select')}
      showSearch={(field.options?.length ?? 0) > 8 ? { optionFilterProp: 'label' } : false}
      disabled={disabled}
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
      aria-describedby={describedBy}
      allowClear
      style={{ width: '100%' }}
    />
  );
}
