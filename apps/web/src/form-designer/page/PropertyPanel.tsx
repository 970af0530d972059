import { memo } from 'react';
import { Button } from 'antd';
import { locate, type FieldPath } from '@signoff/designer';
import type { FormModel, Localized } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import type { DesignerAction } from './designer-state';
import { FieldProperties } from './FieldProperties';
import { useAfterPaint } from './use-after-paint';
import { LocalizedProp, PropSection } from './prop-inputs';
import { useStableHandlers } from './use-stable-handlers';

/** The form's own name, while no field is selected. */
const FormProperties = memo(function FormProperties({
  title,
  send,
}: {
  title: Localized;
  send: (action: DesignerAction) => void;
}) {
  const { t } = useTranslation();
  const on = useStableHandlers({
    title: (v: Localized | undefined, c: string) =>
      send({
        type: 'command',
        command: { type: 'changeForm', patch: { title: v ?? { zh: '', en: '' } } },
        coalesce: `form/${c}`,
      }),
  });
  return (
    <div className="fd-props" data-testid="designer-properties" data-field="">
      <p className="fd-muted">{t('designerPage.props.none')}</p>
      <PropSection title={t('designerPage.props.form')}>
        <LocalizedProp
          labelZh={t('designerPage.props.inZh', { label: t('designerPage.props.formTitle') })}
          labelEn={t('designerPage.props.inEn', { label: t('designerPage.props.formTitle') })}
          name="title"
          keepEmpty
          value={title}
          onChange={on.title}
        />
      </PropSection>
    </div>
  );
});

/**
 * The selected field's properties; with nothing selected, the form's own name. A new selection is
 * drawn a frame later (`useAfterPaint`): the click's own frame shows the outline on the canvas, and the panel
 * (a hundred-odd antd components to mount) follows in the next. Until then the old panel stays,
 * inert, so nothing typed can land in the field that was selected before.
 */
export const PropertyPanel = memo(function PropertyPanel({
  model,
  selected,
  send,
}: {
  model: FormModel;
  selected: FieldPath | null;
  send: (action: DesignerAction) => void;
}) {
  const { t } = useTranslation();
  const shown = useAfterPaint(selected);
  const stale = shown !== selected;
  const at = shown === null ? undefined : locate(model, shown);
  const dot = shown === null ? -1 : shown.indexOf('.');
  return (
    // `inert` rather than a disabled fieldset: the same guard, but no restyle and repaint of every
    // input in the old panel during the click's frame
    <div
      className="fd-props-frame"
      data-testid="property-panel"
      data-field={shown ?? undefined}
      inert={stale}
      aria-busy={stale || undefined}
    >
      {!at || shown === null ? (
        <FormProperties title={model.title} send={send} />
      ) : (
        <>
          {dot > 0 && (
            <Button
              type="link"
              size="small"
              onClick={() => send({ type: 'select', field: shown.slice(0, dot) })}
            >
              ← {t('designerPage.props.backToTable')}
            </Button>
          )}
          <FieldProperties key={shown} field={at.field} path={shown} model={model} send={send} />
        </>
      )}
    </div>
  );
});
