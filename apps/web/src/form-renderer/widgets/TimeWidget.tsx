import { TimePicker } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText } from '../localized';
import { parseTime, TIME_FORMAT } from './date-values';
import type { WidgetProps } from './widget-props';

/** `HH:mm`, the pattern the schema checks (no seconds, no offset). */
export function TimeWidget({ id, value, onChange, onBlur, field, lang, disabled, invalid, required, describedBy }: WidgetProps<string>) {
  const { t } = useTranslation();
  return (
    <TimePicker
      id={id}
      value={parseTime(value)}
      onChange={(d) => onChange(d ? d.format(TIME_FORMAT) : undefined)}
      onOpenChange={(open) => !open && onBlur?.()}
      format={TIME_FORMAT}
      minuteStep={1}
      needConfirm={false}
      placeholder={pickText(field.placeholder, lang) || t('renderer.placeholder.time')}
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
