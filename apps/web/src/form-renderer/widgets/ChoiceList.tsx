import type { WidgetProps } from './widget-props';
import { pickText } from '../localized';

export interface ChoiceListProps extends Pick<
  WidgetProps<unknown>,
  'id' | 'field' | 'lang' | 'disabled' | 'invalid' | 'required' | 'describedBy' | 'onBlur'
> {
  kind: 'radio' | 'checkbox';
  checked: (value: string) => boolean;
  onToggle: (value: string, on: boolean) => void;
}

/**
 * Native radio buttons and check boxes, drawn in antd's colours (native-input.css): the browser
 * gives them keyboard use (arrows move within a radio group, Space ticks) and screen-reader names
 * for free, and they cost no script, where antd's Radio.Group brings its form machinery (≈13 kB
 * gzip) onto the fill page. The group carries the field's id, so its label and scroll-to-error find it.
 */
export function ChoiceList({
  id,
  field,
  lang,
  disabled,
  invalid,
  required,
  describedBy,
  onBlur,
  kind,
  checked,
  onToggle,
}: ChoiceListProps) {
  return (
    <div
      id={id}
      role={kind === 'radio' ? 'radiogroup' : 'group'}
      aria-labelledby={`${id}-label`}
      aria-invalid={invalid || undefined}
      aria-required={(kind === 'radio' && required) || undefined}
      aria-describedby={describedBy}
      onBlur={onBlur}
      className={invalid ? 'signoff-choices signoff-choice-invalid' : 'signoff-choices'}
    >
      {(field.options ?? []).map((o) => (
        <label key={o.value} className={`signoff-choice${disabled ? ' signoff-choice-disabled' : ''}`}>
          <input
            type={kind}
            name={id}
            value={o.value}
            checked={checked(o.value)}
            disabled={disabled}
            onChange={(e) => onToggle(o.value, e.target.checked)}
          />
          <span>{pickText(o.label, lang)}</span>
        </label>
      ))}
    </div>
  );
}
