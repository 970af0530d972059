import { Input } from 'antd';
import type { WidgetProps } from '../types';
import { pickText } from '../localized';

export function TextAreaWidget({ id, value, onChange, field, schema, lang, disabled }: WidgetProps<string>) {
  return (
    <Input.TextArea
      id={id}
      value={value}
      onChange={(e) => onChange?.(e.target.value)}
      placeholder={pickText(field.placeholder, lang) || undefined}
      maxLength={schema?.maxLength}
      showCount={schema?.maxLength !== undefined}
      autoSize={{ minRows: 3, maxRows: 8 }}
      disabled={disabled}
    />
  );
}
