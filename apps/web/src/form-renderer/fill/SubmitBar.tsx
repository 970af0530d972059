import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { focusField } from '../focus-field';
import { pickText } from '../localized';
import type { FormStore } from '../store/form-store';
import { useFormSummary } from '../use-field';
import { Text } from '../../layout/Text';

export interface SubmitBarProps {
  store: FormStore;
  onSubmit: () => void;
  onCancel: () => void;
  submitting: boolean;
}

/** The submit button says what is still missing, and each missing field is one tap away. */
export function SubmitBar({ store, onSubmit, onCancel, submitting }: SubmitBarProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { missing } = useFormSummary(store);
  const names = missing.map((k) => pickText(store.uiSchema.fields[k]?.label, lang));
  return (
    <div className="signoff-submit-area">
      {missing.length > 0 && (
        <div className="signoff-missing" id="fill-missing" data-testid="fill-missing">
          <Text tone="secondary">{t('renderer.fill.notFilled')}</Text>
          {missing.slice(0, 6).map((k, i) => (
            <Button key={k} type="link" size="small" onClick={() => focusField(k)}>
              {names[i]}
            </Button>
          ))}
          {missing.length > 6 && <Text tone="secondary">…</Text>}
        </div>
      )}
      <div className="signoff-action-bar">
        <Button onClick={onCancel} disabled={submitting}>
          {t('renderer.fill.cancel')}
        </Button>
        <Button
          type="primary"
          onClick={onSubmit}
          loading={submitting}
          data-testid="submit-form"
          aria-describedby={missing.length > 0 ? 'fill-missing' : undefined}
        >
          {t('renderer.fill.submit')}
          {missing.length > 0 && (
            <span className="signoff-submit-missing">
              {t('renderer.fill.missing', { count: missing.length })}
            </span>
          )}
        </Button>
      </div>
    </div>
  );
}
