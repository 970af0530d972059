import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format-number';
import type { WidgetProps } from './widget-props';

/** A computed field: read-only, worked out live with the server's own `evaluateFormulas`. */
export function ComputedWidget({ id, value, field, lang, describedBy }: WidgetProps<number>) {
  const { t } = useTranslation();
  const text = typeof value === 'number' ? formatNumber(value, lang, field.precision) : t('renderer.computed.empty');
  return (
    <output id={id} className="signoff-readonly-value signoff-computed" aria-describedby={describedBy} aria-live="polite" data-testid={`${id}-value`}>
      {text}
    </output>
  );
}
