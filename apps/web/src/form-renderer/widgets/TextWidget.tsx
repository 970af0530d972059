import { Input } from 'antd';
import type { WidgetProps } from '../types';
import { pickText } from '../localized';

export function TextWidget({ id, value, onChange, field, schema, lang, disabled }: WidgetProps<string>) {
  return (
    <Input
      id={id}
      value={value}
      onChange={(e) => onChange?.(e.target.value)}
      placeholder={pickText(field.placeholder, lang) || undefined}
      maxLength={schema?.maxLength}
      disabled={disabled}
      allowClear
    />
  );
}
