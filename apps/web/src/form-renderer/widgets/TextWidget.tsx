import { pickText } from '../localized';
import type { WidgetProps } from './widget-props';
import './native-input.css';

/**
 * One line of text, a plain input styled like antd's (antd's Input costs several times as much to
 * mount, and a form has a hundred of them). The schema's maxLength is shown as a counter.
 */
export function TextWidget({ id, value, onChange, onBlur, field, schema, lang, disabled, invalid, required, describedBy }: WidgetProps<string>) {
  const text = value ?? '';
  const max = schema?.maxLength;
  return (
    <span className="signoff-input-affix">
      <input
        id={id}
        className="signoff-input"
        type="text"
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
      {text !== '' && !disabled && (
        // a mouse shortcut like antd's clear icon; keyboards clear the text as usual
        <span className="signoff-input-clear" aria-hidden="true" onMouseDown={(e) => e.preventDefault()} onClick={() => onChange(undefined)}>
          ×
        </span>
      )}
      {max !== undefined && <span className="signoff-input-count">{`${text.length} / ${max}`}</span>}
    </span>
  );
}
