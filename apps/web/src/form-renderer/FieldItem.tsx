import { memo, Suspense, useCallback, type CSSProperties, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Lang } from '../i18n/i18n';
import { DataValue } from './data-view/DataValue';
import { FieldShell } from './FieldShell';
import { pickText } from './localized';
import type { FormStore } from './store/form-store';
import { useField } from './use-field';
import { GROUP_WIDGETS, widgetFor } from './widget-registry';
import { maySuspend } from './widgets/lazy-group';
import { numberLimits } from './widgets/number-limits';

/** Read-only fields that have a live widget of their own rather than the submitted-data view. */
const LIVE_READ_ONLY: ReadonlySet<string> = new Set(['computed', 'serialNumber']);

/**
 * One field, subscribed to its own entry of the store: it renders when its value, visibility,
 * access or error change, and not when any other field does.
 */
export const FieldItem = memo(function FieldItem({
  store,
  fieldKey,
  lang,
  t,
  disabled,
  serialNo,
}: {
  store: FormStore;
  fieldKey: string;
  lang: Lang;
  t: TFunction;
  disabled: boolean;
  serialNo: string | undefined;
}) {
  const snap = useField(store, fieldKey);
  const onChange = useCallback((v: unknown) => store.set(fieldKey, v), [store, fieldKey]);
  const onBlur = useCallback(() => store.validateField(fieldKey), [store, fieldKey]);
  const field = store.uiSchema.fields[fieldKey];
  if (!field || !snap.visible) return null;

  const width = field.width;
  if (field.widget === 'description') {
    return (
      <FieldCell width={width}>
        <div className="signoff-form-description" id={`field-${fieldKey}`}>
          <strong>{pickText(field.label, lang)}</strong>
          {field.help && <p className="signoff-muted">{pickText(field.help, lang)}</p>}
        </div>
      </FieldCell>
    );
  }

  const schema = store.schema.properties?.[fieldKey];
  const limits =
    field.widget === 'number' || field.widget === 'money'
      ? numberLimits(schema, t, lang, field.widget === 'money')
      : '';
  const help = [pickText(field.help, lang), snap.access === 'edit' ? limits : ''].filter(Boolean).join(' · ');
  const error = snap.error ? pickText(snap.error, lang) : undefined;
  const describedBy =
    [help ? `${fieldKey}-help` : '', error ? `${fieldKey}-error` : ''].filter(Boolean).join(' ') || undefined;
  const Widget = widgetFor(field.widget);
  const readView = snap.access !== 'edit' && !LIVE_READ_ONLY.has(field.widget);

  return (
    <FieldCell width={width}>
      <FieldShell
        id={fieldKey}
        label={pickText(field.label, lang)}
        group={readView || GROUP_WIDGETS.has(field.widget)}
        required={snap.required}
        help={help}
        error={error}
      >
        {readView || !Widget ? (
          <div className="signoff-readonly-value" id={fieldKey} aria-labelledby={`${fieldKey}-label`}>
            <DataValue field={field} value={snap.value} lang={lang} serialNo={serialNo} />
          </div>
        ) : (
          <WidgetSlot wait={maySuspend(Widget)}>
            <Widget
              id={fieldKey}
              value={snap.value}
              onChange={onChange}
              onBlur={onBlur}
              field={field}
              schema={schema}
              lang={lang}
              disabled={disabled}
              invalid={snap.error !== undefined}
              required={snap.required}
              describedBy={describedBy}
              cellErrors={snap.cellErrors}
            />
          </WidgetSlot>
        )}
      </FieldShell>
    </FieldCell>
  );
});

/**
 * A boundary only around widgets that may wait for their chunk (pickers, drop-downs): the plain
 * inputs never suspend, and 300 Suspense boundaries were a measurable part of mounting a long form.
 */
function WidgetSlot({ wait, children }: { wait: boolean; children: ReactNode }) {
  return wait ? (
    <Suspense fallback={<div className="signoff-widget-loading" aria-busy="true" />}>{children}</Suspense>
  ) : (
    children
  );
}

/** The field's place in the form's 24-column grid: its designer width from tablets up, the full row on phones. */
function FieldCell({ width, children }: { width: number | undefined; children: ReactNode }) {
  const span = width !== undefined && width >= 1 && width < 24 ? Math.round(width) : 24;
  return (
    <div
      className="signoff-form-cell"
      data-span={span}
      style={span === 24 ? undefined : ({ '--so-span': span } as CSSProperties)}
    >
      {children}
    </div>
  );
}
