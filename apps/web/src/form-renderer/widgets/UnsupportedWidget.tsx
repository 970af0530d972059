import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WidgetProps } from '../types';

/** Field types the designer knows but this renderer does not draw yet; shown, never silently dropped. */
export function UnsupportedWidget({ field }: WidgetProps<unknown>) {
  const { t } = useTranslation();
  return <Alert type="warning" showIcon title={t('form.unsupported', { widget: field.widget })} />;
}
