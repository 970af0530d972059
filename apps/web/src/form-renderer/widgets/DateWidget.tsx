import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { WidgetProps } from '../types';
import { pickText } from '../localized';

export const DATE_FORMAT = 'YYYY-MM-DD';

/** The form value is the `YYYY-MM-DD` string the JSON Schema's `format: date` wants, never a dayjs object. */
export function DateWidget({ id, value, onChange, field, lang, disabled }: WidgetProps<string>) {
  const { t } = useTranslation();
  const parsed = value ? dayjs(value, DATE_FORMAT) : null;
  return (
    <DatePicker
      id={id}
      value={parsed?.isValid() ? parsed : null}
      onChange={(d) => onChange?.(d ? d.format(DATE_FORMAT) : undefined)}
      format={DATE_FORMAT}
      placeholder={pickText(field.placeholder, lang) || t('form.datePlaceholder')}
      disabled={disabled}
      inputReadOnly
      style={{ width: '100%' }}
    />
  );
}
