import { InputNumber } from 'antd';
import type { WidgetProps } from '../types';
import { pickText } from '../localized';

/** Number and money; money shows the currency and defaults to cents. */
export function NumberWidget({ id, value, onChange, field, schema, lang, disabled }: WidgetProps<number>) {
  const money = field.widget === 'money';
  return (
    <InputNumber<number>
      id={id}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      min={schema?.minimum}
      max={schema?.maximum}
      precision={field.precision ?? (money ? 2 : undefined)}
      prefix={money ? '¥' : undefined}
      placeholder={pickText(field.placeholder, lang) || undefined}
      disabled={disabled}
      inputMode="decimal"
      style={{ width: '100%' }}
    />
  );
}
