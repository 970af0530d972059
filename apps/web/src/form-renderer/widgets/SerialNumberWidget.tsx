import { useTranslation } from 'react-i18next';
import { useRendererSettings } from '../renderer-context';
import type { WidgetProps } from './widget-props';

/** The request's serial number: assigned by the server on submit, so a form being filled says so. */
export function SerialNumberWidget({ id, value, describedBy }: WidgetProps<string>) {
  const { t } = useTranslation();
  const { serialNo } = useRendererSettings();
  const shown = serialNo ?? (typeof value === 'string' && value !== '' ? value : undefined);
  return (
    <div id={id} className="signoff-readonly-value" aria-describedby={describedBy} data-testid={`${id}-value`}>
      {shown ?? <span className="signoff-muted">{t('renderer.serial.pending')}</span>}
    </div>
  );
}
