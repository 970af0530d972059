import { Input } from 'antd';
import { pickText } from '../localized';
import type { WidgetProps } from './widget-props';

/** One line of text; the schema's maxLength is shown as a counter rather than cut silently. */
export function TextWidget({ id, value, onChange, onBlur, field, schema, lang, disabled, invalid, required, describedBy }: WidgetProps<string>) {
  return (
    <Input
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      onBlur={onBlur}
      placeholder={pickText(field.placeholder, lang) || undefined}
      maxLength={schema?.maxLength}
      showCount={schema?.maxLength !== undefined}
      disabled={disabled}
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
      aria-describedby={describedBy}
      allowClear
    />
  );
}
