import { Input } from 'antd';
import { pickText } from '../localized';
import type { WidgetProps } from './widget-props';

export function TextAreaWidget({ id, value, onChange, onBlur, field, schema, lang, disabled, invalid, required, describedBy }: WidgetProps<string>) {
  return (
    <Input.TextArea
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      onBlur={onBlur}
      placeholder={pickText(field.placeholder, lang) || undefined}
      maxLength={schema?.maxLength}
      showCount={schema?.maxLength !== undefined}
      autoSize={{ minRows: 3, maxRows: 8 }}
      disabled={disabled}
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
      aria-describedby={describedBy}
    />
  );
}
