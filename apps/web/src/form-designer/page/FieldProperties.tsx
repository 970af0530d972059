import { memo, useMemo, useRef } from 'react';
import { FIELD_PROPERTIES, keysInUse, uniqueKey, type FieldPath } from '@signoff/designer';
import type {
  Condition,
  FieldOption,
  FieldType,
  FormField,
  FormModel,
  Formula,
  Localized,
} from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { ConditionBuilder } from '../condition-builder';
import { FormulaEditor } from '../formula-editor';
import { useLang } from '../../i18n/use-lang';
import { DefaultProp } from './DefaultProp';
import type { DesignerAction } from './designer-state';
import { changeCommand } from './field-command';
import { isGeneratedKey, keyFromLabel } from './field-key';
import { JsonDetails } from './JsonDetails';
import { KeyInput } from './KeyInput';
import { OptionsEditor } from './OptionsEditor';
import {
  DateProp,
  LocalizedProp,
  NumberProp,
  PropRow,
  PropSection,
  SwitchProp,
  TextProp,
} from './prop-inputs';
import { TableProperties } from './TableProperties';
import { useSameItems, useStableHandlers } from './use-stable-handlers';

const MB = 1024 * 1024;
const EMPTY: Localized = { zh: '', en: '' };
const NUMBER_PROPS = [
  'min',
  'max',
  'precision',
  'minLength',
  'maxLength',
  'minSelected',
  'maxSelected',
  'minRows',
  'maxRows',
  'maxCount',
] as const;
type NumberPropName = (typeof NUMBER_PROPS)[number];
const isNumberProp = (name: string): name is NumberPropName =>
  (NUMBER_PROPS as readonly string[]).includes(name);

// the builders are not memoized themselves; here they redraw only when what they are given changes
const Key = memo(KeyInput);
const Rule = memo(ConditionBuilder);
const Formula = memo(FormulaEditor);

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

/**
 * Every property the core lets this field's type change, in the order a designer thinks of them.
 * Each box is memoized and given only its own value and a handler that keeps its identity, so a
 * keystroke in the label redraws the label box, not the whole panel.
 */
export const FieldProperties = memo(function FieldProperties({
  field,
  path,
  model,
  send,
}: FieldPropertiesProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  // i18next's t costs a little per call, and the panel asks for thirty labels on every keystroke
  const p = useMemo(() => {
    const seen = new Map<string, string>();
    return (k: string) => {
      let text = seen.get(k);
      if (text === undefined) seen.set(k, (text = t(`designerPage.props.${k}`)));
      return text;
    };
  }, [t]);
  const set = (patch: Partial<FormField>, coalesce?: string) =>
    send({
      type: 'command',
      command: changeCommand(path, field, patch),
      ...(coalesce ? { coalesce: `${path}/${coalesce}` } : {}),
    });
  // a key still made from the label follows the label once the typing is done (请假天数 → qingjiatianshu)
  const labelAtFocus = useRef<Localized | null>(null);
  const on = useStableHandlers({
    label: (v: Localized | undefined, c: string) => set({ label: v ?? EMPTY }, c),
    labelFocus: () => (labelAtFocus.current ??= field.label),
    labelBlur: () => {
      const before = labelAtFocus.current;
      labelAtFocus.current = null;
      if (!before || before.zh === field.label.zh || !isGeneratedKey(field.key, before, field.type)) return;
      const taken = keysInUse(model);
      taken.delete(field.key);
      const key = uniqueKey(keyFromLabel(field.label, field.type), taken);
      if (key !== field.key) set({ key });
    },
    key: (key: string) => set({ key }),
    required: (v: boolean) => set({ required: v || undefined }),
    readOnly: (v: boolean) => set({ readOnly: v || undefined }),
    multiple: (v: boolean) => set({ multiple: v || undefined }),
    capitals: (v: boolean) => set({ capitals: v }),
    text: (v: Localized | undefined, c: string, name: string) => {
      if (name === 'placeholder' || name === 'help') set({ [name]: v }, c);
    },
    default: (v: string | number | undefined, c?: string) => set({ default: v }, c),
    number: (v: number | undefined, c: string, name: string) => {
      if (isNumberProp(name)) set({ [name]: v }, c);
    },
    currency: (v: string, c: string) => set({ currency: v || undefined }, c),
    date: (v: string | undefined, _c: string, name: string) => {
      if (name === 'minDate' || name === 'maxDate') set({ [name]: v });
    },
    maxSize: (v: number | undefined, c: string) =>
      set({ maxSizeBytes: v === undefined ? undefined : Math.round(v * MB) }, c),
    accept: (v: string, c: string) => {
      const list = v.split(/[,，\s]+/).filter(Boolean);
      set({ accept: list.length > 0 ? list : undefined }, c);
    },
    options: (options: FieldOption[]) => set({ options }),
    table: (patch: Partial<FormField>) => set(patch),
    visibleWhen: (v: Condition | undefined) => set({ visibleWhen: v }),
    visibleWhenJson: (v: unknown) => set({ visibleWhen: v as FormField['visibleWhen'] }),
    formula: (v: Formula | undefined) => set({ formula: v }),
    formulaJson: (v: unknown) => set({ formula: v as FormField['formula'] }),
  });
  const num = (prop: NumberPropName) =>
    has(field.type, prop) ? (
      <NumberProp key={prop} label={p(prop)} name={prop} value={field[prop]} onChange={on.number} />
    ) : null;
  const isColumn = path.includes('.');
  const others = useSameItems(model.fields.filter((f) => f.key !== field.key));
  const target = useMemo(() => formulaTarget(path), [path]);
  return (
    <div className="fd-props" data-testid="designer-properties" data-field={path}>
      <PropSection title={p('form')}>
        <div onFocus={on.labelFocus} onBlur={on.labelBlur}>
          <LocalizedProp
            labelZh={p('labelZh')}
            labelEn={p('labelEn')}
            name="label"
            value={field.label}
            keepEmpty
            testId="prop-label"
            onChange={on.label}
          />
        </div>
        <Key value={field.key} onCommit={on.key} />
        {has(field.type, 'required') && (
          <SwitchProp
            label={p('required')}
            value={field.required}
            testId="prop-required"
            onChange={on.required}
          />
        )}
        {has(field.type, 'readOnly') && (
          <SwitchProp label={p('readOnly')} value={field.readOnly} onChange={on.readOnly} />
        )}
        {has(field.type, 'placeholder') && (
          <LocalizedProp
            labelZh={t('designerPage.props.inZh', { label: p('placeholder') })}
            labelEn={t('designerPage.props.inEn', { label: p('placeholder') })}
            name="placeholder"
            value={field.placeholder}
            onChange={on.text}
          />
        )}
        <LocalizedProp
          labelZh={t('designerPage.props.inZh', { label: p('help') })}
          labelEn={t('designerPage.props.inEn', { label: p('help') })}
          name="help"
          area
          value={field.help}
          onChange={on.text}
        />
        {has(field.type, 'default') && (
          <DefaultProp
            type={field.type}
            value={field.default}
            options={field.options}
            onChange={on.default}
          />
        )}
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
          <TextProp label={p('currency')} name="currency" value={field.currency} onChange={on.currency} />
        )}
        {has(field.type, 'capitals') && (
          <SwitchProp
            label={p('capitals')}
            value={field.capitals ?? (field.currency ?? 'CNY') === 'CNY'}
            onChange={on.capitals}
          />
        )}
        {has(field.type, 'minDate') && (
          <DateProp label={p('minDate')} name="minDate" value={field.minDate} onChange={on.date} />
        )}
        {has(field.type, 'maxDate') && (
          <DateProp label={p('maxDate')} name="maxDate" value={field.maxDate} onChange={on.date} />
        )}
        {has(field.type, 'multiple') && (
          <SwitchProp label={p('multiple')} value={field.multiple} onChange={on.multiple} />
        )}
        {num('maxCount')}
        {has(field.type, 'maxSizeBytes') && (
          <NumberProp
            label={p('maxSizeMb')}
            name="maxSizeBytes"
            min={0}
            value={field.maxSizeBytes === undefined ? undefined : field.maxSizeBytes / MB}
            onChange={on.maxSize}
          />
        )}
        {has(field.type, 'accept') && (
          <TextProp
            label={p('accept')}
            name="accept"
            value={(field.accept ?? []).join(', ')}
            onChange={on.accept}
          />
        )}
        {has(field.type, 'options') && <OptionsEditor options={field.options} onChange={on.options} />}
        {field.type === 'table' && (
          <TableProperties
            tableKey={field.key}
            columns={field.columns}
            sumColumns={field.sumColumns}
            send={send}
            set={on.table}
          />
        )}
        {num('minRows')}
        {num('maxRows')}
      </PropSection>
      {(!isColumn && has(field.type, 'visibleWhen')) || has(field.type, 'formula') ? (
        <PropSection title={`${p('visibleWhen')} / ${p('formula')}`}>
          {!isColumn && (
            <PropRow label={p('visibleWhen')}>
              <Rule value={field.visibleWhen} onChange={on.visibleWhen} fields={others} lang={lang} />
              {/* the raw rule, for what the builder's rows cannot say (two fields compared, `not`) */}
              <JsonDetails
                label={p('visibleWhen')}
                testId="prop-visible-when"
                value={field.visibleWhen}
                onChange={on.visibleWhenJson}
              />
            </PropRow>
          )}
          {has(field.type, 'formula') && (
            <PropRow label={p('formula')}>
              <Formula
                value={field.formula}
                onChange={on.formula}
                fields={model.fields}
                target={target}
                lang={lang}
              />
              <JsonDetails
                label={p('formula')}
                testId="prop-formula"
                value={field.formula}
                onChange={on.formulaJson}
              />
            </PropRow>
          )}
        </PropSection>
      ) : null}
    </div>
  );
});
