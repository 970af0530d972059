import { amountInChinese } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { currencySymbol } from '../format-number';
import { NumberWidget } from './NumberWidget';
import type { WidgetProps } from './widget-props';

/** A number with its currency, and beside it the amount in Chinese capitals (大写金额) as it is typed. */
export function MoneyWidget(props: WidgetProps<number>) {
  const { t } = useTranslation();
  const { value, field, id } = props;
  const capitals = field.capitals && typeof value === 'number' ? amountInChinese(value) : '';
  return (
    <div className="signoff-money">
      <NumberWidget {...props} prefix={currencySymbol(field.currency)} describedBy={[props.describedBy, field.capitals ? `${id}-capitals` : undefined].filter(Boolean).join(' ') || undefined} />
      {field.capitals && typeof value === 'number' && (
        <div className="signoff-money-capitals" id={`${id}-capitals`} aria-live="polite" data-testid={`${id}-capitals`}>
          {capitals ? t('renderer.money.capitals', { text: capitals }) : t('renderer.money.tooLarge')}
        </div>
      )}
    </div>
  );
}
