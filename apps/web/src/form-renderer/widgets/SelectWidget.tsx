import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WidgetProps } from '../types';
import { pickText } from '../localized';

/** Single choice from a drop-down; `multiSelect` uses the same control in multiple mode. */
export function SelectWidget({ id, value, onChange, field, lang, disabled }: WidgetProps<string | string[]>) {
  const { t } = useTranslation();
  const multiple = field.widget === 'multiSelect';
  return (
    <Select<string | string[]>
      id={id}
      value={value}
      onChange={(v) => onChange?.(v)}
      mode={multiple ? 'multiple' : undefined}
      options={(field.options ?? []).map((o) => ({ value: o.value, label: pickText(o.label, lang) }))}
      placeholder={pickText(field.placeholder, lang) || t('form.selectPlaceholder')}
      disabled={disabled}
      allowClear
    />
  );
}
