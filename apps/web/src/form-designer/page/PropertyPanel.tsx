import { Button } from 'antd';
import { locate, type FieldPath } from '@signoff/designer';
import type { FormModel } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import type { DesignerAction } from './designer-state';
import { FieldProperties } from './FieldProperties';
import { LocalizedProp, PropSection } from './prop-inputs';

/** The selected field's properties; with nothing selected, the form's own name. */
export function PropertyPanel({
  model,
  selected,
  send,
}: {
  model: FormModel;
  selected: FieldPath | null;
  send: (action: DesignerAction) => void;
}) {
  const { t } = useTranslation();
  const at = selected === null ? undefined : locate(model, selected);
  if (!at || selected === null)
    return (
      <div className="fd-props">
        <p className="fd-muted">{t('designerPage.props.none')}</p>
        <PropSection title={t('designerPage.props.form')}>
          <LocalizedProp
            labels={[
              `${t('designerPage.props.formTitle')}（中文）`,
              `${t('designerPage.props.formTitle')} (English)`,
            ]}
            name="title"
            keepEmpty
            value={model.title}
            onChange={(v, c) =>
              send({
                type: 'command',
                command: { type: 'changeForm', patch: { title: v ?? { zh: '', en: '' } } },
                coalesce: `form/${c}`,
              })
            }
          />
        </PropSection>
      </div>
    );
  const dot = selected.indexOf('.');
  return (
    <>
      {dot > 0 && (
        <Button
          type="link"
          size="small"
          onClick={() => send({ type: 'select', field: selected.slice(0, dot) })}
        >
          ← {t('designerPage.props.backToTable')}
        </Button>
      )}
      <FieldProperties key={selected} field={at.field} path={selected} model={model} send={send} />
    </>
  );
}
