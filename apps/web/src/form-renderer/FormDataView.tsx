import { Descriptions, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UiSchema } from '@signoff/schema';
import { useLang } from '../i18n/use-lang';
import { displayValue } from './display-value';
import { pickText } from './localized';

/** A submitted form, read-only, labelled and ordered as the applicant saw it. */
export function FormDataView({ uiSchema, data }: { uiSchema: UiSchema; data: Record<string, unknown> }) {
  const { lang } = useLang();
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const items = uiSchema.order.flatMap((key) => {
    const field = uiSchema.fields[key];
    if (!field || field.hidden || field.widget === 'description') return [];
    const text = displayValue(field, data[key], lang);
    return [
      {
        key,
        label: pickText(field.label, lang),
        children: <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{text || t('form.empty')}</span>,
        span: field.width === 24 ? ('filled' as const) : 1,
      },
    ];
  });
  return <Descriptions bordered size="small" column={screens.md ? 2 : 1} items={items} layout={screens.md ? 'horizontal' : 'vertical'} />;
}
