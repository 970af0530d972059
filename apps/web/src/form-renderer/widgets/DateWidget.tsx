import { DatePicker } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText } from '../localized';
import { DATE_FORMAT, outsideRange, parseDay } from './date-values';
import type { WidgetProps } from './widget-props';

/** The value is the `YYYY-MM-DD` string the schema's `format: date` wants, never a dayjs object. */
export function DateWidget({ id, value, onChange, onBlur, field, schema, lang, disabled, invalid, required, describedBy }: WidgetProps<string>) {
  const { t } = useTranslation();
  return (
    <DatePicker
      id={id}
      value={parseDay(value)}
      onChange={(d) => onChange(d ? d.format(DATE_FORMAT) : undefined)}
      onBlur={onBlur}
      onOpenChange={(open) => !open && onBlur?.()}
      format={DATE_FORMAT}
      disabledDate={outsideRange(schema?.formatMinimum, schema?.formatMaximum)}
      placeholder={pickText(field.placeholder, lang) || t('renderer.placeholder.date')}
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
