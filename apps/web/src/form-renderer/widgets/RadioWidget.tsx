import { Radio } from 'antd';
import type { WidgetProps } from '../types';
import { pickText } from '../localized';

export function RadioWidget({ id, value, onChange, field, lang, disabled }: WidgetProps<string>) {
  return (
    <Radio.Group
      id={id}
      value={value}
      onChange={(e) => onChange?.(e.target.value as string)}
      options={(field.options ?? []).map((o) => ({ value: o.value, label: pickText(o.label, lang) }))}
      disabled={disabled}
    />
  );
}
