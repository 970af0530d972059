import type { ReactNode } from 'react';
import { Col, Form, Row, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JsonSchema, UiField, UiSchema } from '@signoff/schema';
import { useLang } from '../i18n/use-lang';
import type { Lang } from '../i18n/i18n';
import { fieldRules } from './field-rules';
import { pickText } from './localized';
import type { FormValues } from './types';
import { widgetFor } from './widget-registry';

export interface FormRendererProps {
  form: FormInstance<FormValues>;
  schema: JsonSchema;
  uiSchema: UiSchema;
  onFinish?: (values: FormValues) => void;
  disabled?: boolean;
  /** buttons and the like, rendered inside the form so Enter submits */
  footer?: ReactNode;
}

/** The keys the renderer shows as inputs: hidden and display-only fields hold no answer. */
export function renderedKeys(uiSchema: UiSchema): Set<string> {
  return new Set(uiSchema.order.filter((k) => uiSchema.fields[k] && !uiSchema.fields[k].hidden && uiSchema.fields[k].widget !== 'description'));
}

/** Schema defaults as the form's starting values. */
export function initialValues(schema: JsonSchema): FormValues {
  const values: FormValues = {};
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    if (prop.default !== undefined) values[key] = prop.default;
  }
  return values;
}

/** Drops what the person left empty, so optional fields are absent rather than `null` or `""`. */
export function cleanValues(values: FormValues): FormValues {
  const out: FormValues = {};
  for (const [key, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[key] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}

function FieldItem({ fieldKey, field, schema, lang, disabled }: { fieldKey: string; field: UiField; schema: JsonSchema; lang: Lang; disabled: boolean }) {
  const { t } = useTranslation();
  if (field.widget === 'description') {
    return (
      <div className="signoff-form-description">
        <Typography.Text strong>{pickText(field.label, lang)}</Typography.Text>
        {field.help && <Typography.Paragraph type="secondary">{pickText(field.help, lang)}</Typography.Paragraph>}
      </div>
    );
  }
  const Widget = widgetFor(field.widget);
  return (
    <Form.Item
      name={fieldKey}
      label={pickText(field.label, lang)}
      rules={fieldRules(fieldKey, field, schema, t, lang)}
      extra={field.help ? pickText(field.help, lang) : undefined}
    >
      <Widget field={field} schema={schema.properties?.[fieldKey]} lang={lang} disabled={disabled || field.readOnly === true} />
    </Form.Item>
  );
}

/** Draws a published form from its JSON Schema and UI schema; the UI schema says what, the schema says the limits. */
export function FormRenderer({ form, schema, uiSchema, onFinish, disabled = false, footer }: FormRendererProps) {
  const { lang } = useLang();
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues(schema)}
      onFinish={onFinish}
      disabled={disabled}
      scrollToFirstError={{ block: 'center' }}
      requiredMark
    >
      <Row gutter={16}>
        {uiSchema.order.map((key) => {
          const field = uiSchema.fields[key];
          if (!field || field.hidden) return null;
          return (
            // phones always get the full row; the designer's width applies from tablets up
            <Col key={key} xs={24} md={field.width ?? 24}>
              <FieldItem fieldKey={key} field={field} schema={schema} lang={lang} disabled={disabled} />
            </Col>
          );
        })}
      </Row>
      {footer}
    </Form>
  );
}
