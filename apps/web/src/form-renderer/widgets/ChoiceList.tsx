import type { Localized } from '@signoff/schema';
import type { Lang } from '../../i18n/i18n';
import { pickText } from '../localized';

export interface ChoiceListProps {
  id: string;
  kind: 'radio' | 'checkbox';
  options: readonly { value: string; label: Localized }[];
  checked: (value: string) => boolean;
  onToggle: (value: string, on: boolean) => void;
  lang: Lang;
  disabled: boolean;
}

/**
 * Native radio buttons and check boxes, drawn in antd's colours (native-input.css): the browser
 * gives them keyboard use (arrows move within a radio group, Space ticks) and screen-reader names
 * for free, and they cost no script, where antd's Radio.Group brings its form machinery (≈13 kB
 * gzip) onto the fill page.
 */
export function ChoiceList({ id, kind, options, checked, onToggle, lang, disabled }: ChoiceListProps) {
  return (
    <div className="signoff-choices">
      {options.map((o) => (
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
