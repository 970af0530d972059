import { InputNumber } from 'antd';
import { pickText } from '../localized';
import type { WidgetProps } from './widget-props';

export interface NumberInputProps extends WidgetProps<number> {
  prefix?: string;
}

/**
 * A number typed as the person means it: no min/max/precision on the control, because InputNumber
 * would silently turn 400 into 365 or 0.25 into 0.3. The validator says what the limit is instead.
 */
export function NumberWidget({ id, value, onChange, onBlur, field, lang, disabled, invalid, required, describedBy, prefix }: NumberInputProps) {
  return (
    <InputNumber<number>
      id={id}
      value={value ?? null}
      onChange={(v) => onChange(typeof v === 'number' && Number.isFinite(v) ? v : undefined)}
      onBlur={onBlur}
      // a fractional step would make the control show 400 as "400.0"
      step={1}
      prefix={prefix}
      placeholder={pickText(field.placeholder, lang) || undefined}
      disabled={disabled}
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
      aria-describedby={describedBy}
      inputMode="decimal"
      style={{ width: '100%' }}
    />
  );
}
