import { i18n } from '../../i18n/i18n';
import { pickText } from '../localized';
import type { WidgetProps } from './widget-props';
import './native-input.css';

// What a deferred picker or drop-down shows until antd's own control is mounted (deferred-widget.tsx):
// the same box, the same value, the same label and ARIA, as a plain read-only input.

const common = (p: WidgetProps<unknown>) => ({
  className: 'signoff-input',
  readOnly: true,
  disabled: p.disabled,
  'aria-invalid': p.invalid || undefined,
  'aria-required': p.required || undefined,
  'aria-describedby': p.describedBy,
});

/** date and time: the value as the picker shows it (`YYYY-MM-DD`, `HH:mm`) */
export function PickerStandIn(p: WidgetProps<unknown>) {
  const key = p.field.widget === 'time' ? 'renderer.placeholder.time' : 'renderer.placeholder.date';
  return <input id={p.id} {...common(p)} value={typeof p.value === 'string' ? p.value : ''} placeholder={pickText(p.field.placeholder, p.lang) || i18n.t(key)} />;
}

export function RangeStandIn(p: WidgetProps<unknown>) {
  const [a, b] = Array.isArray(p.value) ? (p.value as unknown[]) : [];
  return (
    <span className="signoff-input-affix signoff-range-stand-in">
      <input id={p.id} {...common(p)} value={typeof a === 'string' ? a : ''} placeholder={i18n.t('renderer.placeholder.rangeStart')} />
      <span className="signoff-input-prefix" aria-hidden="true">
        →
      </span>
      <input id={`${p.id}-end`} {...common(p)} value={typeof b === 'string' ? b : ''} placeholder={i18n.t('renderer.placeholder.rangeEnd')} />
    </span>
  );
}

/** single and multiple choice drop-downs: the chosen options' labels */
export function SelectStandIn(p: WidgetProps<unknown>) {
  const chosen = Array.isArray(p.value) ? (p.value as unknown[]) : p.value === undefined ? [] : [p.value];
  const labels = chosen.map((v) => pickText(p.field.options?.find((o) => o.value === v)?.label, p.lang) || String(v));
  return (
    <input
      id={p.id}
      {...common(p)}
      role="combobox"
      aria-expanded={false}
      value={labels.join(p.lang === 'zh' ? '、' : ', ')}
      placeholder={pickText(p.field.placeholder, p.lang) || i18n.t('renderer.placeholder.select')}
    />
  );
}
