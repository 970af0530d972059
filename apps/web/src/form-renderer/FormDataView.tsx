import { Descriptions } from 'antd';
import { hiddenFields, type FormModel, type UiSchema } from '@signoff/schema';
import { useIsPhone } from '../hooks/use-is-phone';
import { useLang } from '../i18n/use-lang';
import { DataValue } from './data-view/DataValue';
import { pickText } from './localized';
import { isBlank } from './store/clean-value';

export interface FormDataViewProps {
  uiSchema: UiSchema;
  data: Record<string, unknown>;
  /** with the model, fields hidden by their visibility rule are left out exactly as the server decided */
  model?: FormModel | undefined;
  /** the request's serial number, shown in serial-number fields (the data does not carry it) */
  serialNo?: string | undefined;
}

const WIDE: ReadonlySet<string> = new Set(['table', 'textarea', 'attachment', 'image']);

/** A submitted form, read-only, labelled and ordered as the applicant saw it (request page, timeline, print). */
export function FormDataView({ uiSchema, data, model, serialNo }: FormDataViewProps) {
  const { lang } = useLang();
  const phone = useIsPhone();
  const hidden = new Set(model ? hiddenFields(model, data) : []);
  const items = uiSchema.order.flatMap((key) => {
    const field = uiSchema.fields[key];
    if (!field || field.widget === 'description' || hidden.has(key)) return [];
    const value = data[key];
    // without the model a rule's outcome is unknown; a field it hid has no value, so leave those out
    if (isBlank(value) && (field.hidden || field.visibleWhen) && field.widget !== 'serialNumber') return [];
    const wide = field.width === 24 || WIDE.has(field.widget);
    return [
      {
        key,
        label: pickText(field.label, lang),
        children: <DataValue field={field} value={value} lang={lang} serialNo={serialNo} />,
        span: wide ? ('filled' as const) : 1,
      },
    ];
  });
  return (
    <Descriptions
      className="signoff-data-view"
      bordered
      size="small"
      column={phone ? 1 : 2}
      items={items}
      layout={phone ? 'vertical' : 'horizontal'}
      data-testid="form-data-view"
    />
  );
}
