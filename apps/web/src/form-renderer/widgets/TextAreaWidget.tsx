import { pickText } from '../localized';
import type { WidgetProps } from './widget-props';
import './native-input.css';

/** Long text: a plain textarea styled like antd's, growing with its text from 3 to 8 lines (CSS, no measuring). */
export function TextAreaWidget({ id, value, onChange, onBlur, field, schema, lang, disabled, invalid, required, describedBy }: WidgetProps<string>) {
  const text = value ?? '';
  const max = schema?.maxLength;
  return (
    <div className="signoff-textarea">
      <textarea
        id={id}
        className="signoff-input"
        rows={3}
        value={text}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        onBlur={onBlur}
        placeholder={pickText(field.placeholder, lang) || undefined}
        maxLength={max}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy}
      />
      {max !== undefined && <span className="signoff-input-count">{`${text.length} / ${max}`}</span>}
    </div>
  );
}
