import { memo, useMemo } from 'react';
import { Select } from 'antd';
import type { FieldOption, FieldType, FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { NumberProp, PropRow, TextProp } from './prop-inputs';

/**
 * The default value's box, of the field's kind; types whose default is not a plain value have
 * none here. Given only what it shows, so typing in the label does not redraw it.
 */
export const DefaultProp = memo(function DefaultProp({
  type,
  value,
  options,
  onChange,
}: {
  type: FieldType;
  value: FormField['default'];
  options: readonly FieldOption[] | undefined;
  onChange: (value: string | number | undefined, coalesce?: string) => void;
}) {
  const { t } = useTranslation();
  const label = t('designerPage.props.default');
  const choices = useMemo(
    () => (options ?? []).map((o) => ({ value: o.value, label: o.label.zh })),
    [options],
  );
  switch (type) {
    case 'text':
    case 'textarea':
      return (
        <TextProp
          label={label}
          name="default"
          value={typeof value === 'string' ? value : ''}
          onChange={(v, c) => onChange(v === '' ? undefined : v, c)}
        />
      );
    case 'number':
    case 'money':
      return (
        <NumberProp
          label={label}
          name="default"
          value={typeof value === 'number' ? value : undefined}
          onChange={(v, c) => onChange(v, c)}
        />
      );
    case 'select':
    case 'radio':
      return (
        <PropRow label={label}>
          <Select
            allowClear
            value={typeof value === 'string' ? value : undefined}
            options={choices}
            onChange={(v: string | undefined) => onChange(v)}
          />
        </PropRow>
      );
    default:
      return null;
  }
});
