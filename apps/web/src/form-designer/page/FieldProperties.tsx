import { memo, useRef } from 'react';
import { Input, Select } from 'antd';
import { FIELD_PROPERTIES, keysInUse, uniqueKey, type FieldPath } from '@signoff/designer';
import type { FieldType, FormField, FormModel, Localized } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import type { DesignerAction } from './designer-state';
import { changeCommand } from './field-command';
import { isGeneratedKey, keyFromLabel } from './field-key';
import { ConditionBuilder } from '../condition-builder';
import { FormulaEditor } from '../formula-editor';
import { useLang } from '../../i18n/use-lang';
import { JsonSlot } from './JsonSlot';
import { KeyInput } from './KeyInput';
import { OptionsEditor } from './OptionsEditor';
import { LocalizedProp, NumberProp, PropRow, PropSection, SwitchProp, TextProp } from './prop-inputs';
import { TableProperties } from './TableProperties';

const MB = 1024 * 1024;

/** `items.amount` is the column `amount` of the table `items`; a plain key is a top-level field. */
function formulaTarget(path: FieldPath): { key: string; table?: string } {
  const [table, column] = path.split('.');
  return column ? { key: column, table: table ?? '' } : { key: path };
}
const has = (type: FieldType, prop: keyof FormField) =>
  (FIELD_PROPERTIES[type] as readonly string[]).includes(prop);

export interface FieldPropertiesProps {
  field: FormField;
  path: FieldPath;
  model: FormModel;
  send: (action: DesignerAction) => void;
}

/** The default value's box, of the field's kind; types whose default is not a plain value have none here. */
function DefaultProp({
  field,
  set,
}: {
  field: FormField;
  set: (patch: Partial<FormField>, c?: string) => void;
}) {
  const { t } = useTranslation();
  const label = t('designerPage.props.default');
  switch (field.type) {
    case 'text':
    case 'textarea':
      return (
        <TextProp
          label={label}
          name="default"
          value={typeof field.default === 'string' ? field.default : ''}
          onChange={(v, c) => set({ default: v === '' ? undefined : v }, c)}
        />
      );
    case 'number':
    case 'money':
      return (
        <NumberProp
          label={label}
          name="default"
          value={typeof field.default === 'number' ? field.default : undefined}
          onChange={(v, c) => set({ default: v }, c)}
        />
      );
    case 'select':
    case 'radio':
      return (
        <PropRow label={label}>
          <Select
            allowClear
            value={typeof field.default === 'string' ? field.default : undefined}
            options={(field.options ?? []).map((o) => ({ value: o.value, label: o.label.zh }))}
            onChange={(v: string | undefined) => set({ default: v })}
          />
        </PropRow>
      );
    default:
      return null;
  }
}

/** Every property the core lets this field's type change, in the order a designer thinks of them. */
export const FieldProperties = memo(function FieldProperties({
  field,
  path,
  model,
  send,
}: FieldPropertiesProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const p = (k: string) => t(`designerPage.props.${k}`);
  const set = (patch: Partial<FormField>, coalesce?: string) =>
    send({
      type: 'command',
      command: changeCommand(path, field, patch),
      ...(coalesce ? { coalesce: `${path}/${coalesce}` } : {}),
    });
  const num = (
    prop:
      | 'min'
      | 'max'
      | 'precision'
      | 'minLength'
      | 'maxLength'
      | 'minSelected'
      | 'maxSelected'
      | 'minRows'
      | 'maxRows'
      | 'maxCount',
  ) =>
    has(field.type, prop) ? (
      <NumberProp
        key={prop}
        label={p(prop)}
        name={prop}
        value={field[prop]}
        onChange={(v, c) => set({ [prop]: v }, c)}
      />
    ) : null;
  const isColumn = path.includes('.');
  // a key still made from the label follows the label once the typing is done (请假天数 → qingjiatianshu)
  const labelAtFocus = useRef<Localized | null>(null);
  const followLabel = () => {
    const before = labelAtFocus.current;
    labelAtFocus.current = null;
    if (!before || before.zh === field.label.zh || !isGeneratedKey(field.key, before, field.type)) return;
    const taken = keysInUse(model);
    taken.delete(field.key);
    const key = uniqueKey(keyFromLabel(field.label, field.type), taken);
    if (key !== field.key) set({ key });
  };
  return (
    <div className="fd-props" data-testid="designer-properties">
      <PropSection title={p('form')}>
        <div onFocus={() => (labelAtFocus.current ??= field.label)} onBlur={followLabel}>
          <LocalizedProp
            labels={[p('labelZh'), p('labelEn')]}
            name="label"
            value={field.label}
            keepEmpty
            testId="prop-label"
            onChange={(v, c) => set({ label: v ?? { zh: '', en: '' } }, c)}
          />
        </div>
        <KeyInput value={field.key} onCommit={(key) => set({ key })} />
        {has(field.type, 'required') && (
          <SwitchProp
            label={p('required')}
            value={field.required}
            testId="prop-required"
            onChange={(v) => set({ required: v || undefined })}
          />
        )}
        {has(field.type, 'readOnly') && (
          <SwitchProp
            label={p('readOnly')}
            value={field.readOnly}
            onChange={(v) => set({ readOnly: v || undefined })}
          />
        )}
        {has(field.type, 'placeholder') && (
          <LocalizedProp
            labels={[`${p('placeholder')}（中文）`, `${p('placeholder')} (English)`]}
            name="placeholder"
            value={field.placeholder}
            onChange={(v, c) => set({ placeholder: v }, c)}
          />
        )}
        <LocalizedProp
          labels={[`${p('help')}（中文）`, `${p('help')} (English)`]}
          name="help"
          area
          value={field.help}
          onChange={(v, c) => set({ help: v }, c)}
        />
        {has(field.type, 'default') && <DefaultProp field={field} set={set} />}
      </PropSection>
      <PropSection title={t('designerPage.props.title')}>
        {num('min')}
        {num('max')}
        {num('precision')}
        {num('minLength')}
        {num('maxLength')}
        {num('minSelected')}
        {num('maxSelected')}
        {has(field.type, 'currency') && (
          <TextProp
            label={p('currency')}
            name="currency"
            value={field.currency}
            onChange={(v, c) => set({ currency: v || undefined }, c)}
          />
        )}
        {has(field.type, 'capitals') && (
          <SwitchProp
            label={p('capitals')}
            value={field.capitals ?? (field.currency ?? 'CNY') === 'CNY'}
            onChange={(v) => set({ capitals: v })}
          />
        )}
        {has(field.type, 'minDate') && (
          <PropRow label={p('minDate')}>
            <Input
              type="date"
              value={field.minDate ?? ''}
              onChange={(e) => set({ minDate: e.target.value || undefined })}
            />
          </PropRow>
        )}
        {has(field.type, 'maxDate') && (
          <PropRow label={p('maxDate')}>
            <Input
              type="date"
              value={field.maxDate ?? ''}
              onChange={(e) => set({ maxDate: e.target.value || undefined })}
            />
          </PropRow>
        )}
        {has(field.type, 'multiple') && (
          <SwitchProp
            label={p('multiple')}
            value={field.multiple}
            onChange={(v) => set({ multiple: v || undefined })}
          />
        )}
        {num('maxCount')}
        {has(field.type, 'maxSizeBytes') && (
          <NumberProp
            label={p('maxSizeMb')}
            name="maxSizeBytes"
            min={0}
            value={field.maxSizeBytes === undefined ? undefined : field.maxSizeBytes / MB}
            onChange={(v, c) => set({ maxSizeBytes: v === undefined ? undefined : Math.round(v * MB) }, c)}
          />
        )}
        {has(field.type, 'accept') && (
          <TextProp
            label={p('accept')}
            name="accept"
            value={(field.accept ?? []).join(', ')}
            onChange={(v, c) => {
              const list = v.split(/[,，\s]+/).filter(Boolean);
              set({ accept: list.length > 0 ? list : undefined }, c);
            }}
          />
        )}
        {has(field.type, 'options') && (
          <OptionsEditor options={field.options ?? []} onChange={(options) => set({ options })} />
        )}
        {field.type === 'table' && <TableProperties table={field} send={send} set={set} />}
        {num('minRows')}
        {num('maxRows')}
      </PropSection>
      {(!isColumn && has(field.type, 'visibleWhen')) || has(field.type, 'formula') ? (
        <PropSection title={`${p('visibleWhen')} / ${p('formula')}`}>
          {!isColumn && (
            <PropRow label={p('visibleWhen')}>
              <ConditionBuilder
                value={field.visibleWhen}
                onChange={(v) => set({ visibleWhen: v })}
                fields={model.fields.filter((f) => f.key !== field.key)}
                lang={lang}
              />
              {/* the raw rule, for what the builder's rows cannot say (two fields compared, `not`) */}
              <details className="fd-json-toggle">
                <summary>{p('jsonToggle')}</summary>
                <JsonSlot
                  label={p('visibleWhen')}
                  testId="prop-visible-when"
                  value={field.visibleWhen}
                  onChange={(v) => set({ visibleWhen: v as FormField['visibleWhen'] })}
                />
              </details>
            </PropRow>
          )}
          {has(field.type, 'formula') && (
            <PropRow label={p('formula')}>
              <FormulaEditor
                value={field.formula}
                onChange={(v) => set({ formula: v })}
                fields={model.fields}
                target={formulaTarget(path)}
                lang={lang}
              />
              <details className="fd-json-toggle">
                <summary>{p('jsonToggle')}</summary>
                <JsonSlot
                  label={p('formula')}
                  testId="prop-formula"
                  value={field.formula}
                  onChange={(v) => set({ formula: v as FormField['formula'] })}
                />
              </details>
            </PropRow>
          )}
        </PropSection>
      ) : null}
    </div>
  );
});
