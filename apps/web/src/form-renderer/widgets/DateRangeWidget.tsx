import { DatePicker } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, outsideRange, parseDay } from './date-values';
import type { WidgetProps } from './widget-props';

/** `[start, end]` as two `YYYY-MM-DD` strings; the picker keeps the start before the end. */
export function DateRangeWidget({ id, value, onChange, onBlur, schema, disabled, invalid, required, describedBy }: WidgetProps<string[]>) {
  const { t } = useTranslation();
  const start = parseDay(value?.[0]);
  const end = parseDay(value?.[1]);
  return (
    <DatePicker.RangePicker
      id={{ start: id, end: `${id}-end` }}
      value={start || end ? [start, end] : null}
      onChange={(range) => {
        const [a, b] = range ?? [];
        onChange(a && b ? [a.format(DATE_FORMAT), b.format(DATE_FORMAT)] : undefined);
      }}
      onOpenChange={(open) => !open && onBlur?.()}
      format={DATE_FORMAT}
      disabledDate={outsideRange(schema?.items?.formatMinimum, schema?.items?.formatMaximum)}
      placeholder={[t('renderer.placeholder.rangeStart'), t('renderer.placeholder.rangeEnd')]}
      disabled={disabled}
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
      aria-describedby={describedBy}
      inputReadOnly
      style={{ width: '100%' }}
    />
  );
}
