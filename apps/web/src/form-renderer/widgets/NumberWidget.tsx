import { useState, type KeyboardEvent } from 'react';
import { pickText } from '../localized';
import { numberText, parseNumberText } from './number-text';
import type { WidgetProps } from './widget-props';
import './native-input.css';

export interface NumberInputProps extends WidgetProps<number> {
  prefix?: string;
}

/**
 * A number typed as the person means it: nothing is clamped or rounded (400 stays 400, 0.25 stays
 * 0.25); the validator says what the limit is instead. A plain input styled like antd's
 * InputNumber, which costs several times as much to mount. Arrow keys step by one, as antd's do.
 */
export function NumberWidget({ id, value, onChange, onBlur, field, lang, disabled, invalid, required, describedBy, prefix }: NumberInputProps) {
  const [text, setText] = useState(() => numberText(value));
  const [seen, setSeen] = useState(value);
  // a value set from outside (a draft restored, a formula) replaces the text unless the text already says it
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (parseNumberText(text) !== value) setText(numberText(value));
  }

  const type = (next: string) => {
    setText(next);
    const n = parseNumberText(next);
    if (n !== null) {
      setSeen(n);
      onChange(n);
    }
  };
  const step = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const n = parseNumberText(text) ?? 0;
    type(String(n + (e.key === 'ArrowUp' ? 1 : -1)));
  };
  const blur = () => {
    // text that never became a number goes back to the value held, as antd's InputNumber does
    if (parseNumberText(text) === null) setText(numberText(value));
    onBlur?.();
  };

  return (
    <span className="signoff-input-affix">
      {prefix && <span className="signoff-input-prefix">{prefix}</span>}
      <input
        id={id}
        className="signoff-input"
        type="text"
        role="spinbutton"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        onChange={(e) => type(e.target.value)}
        onKeyDown={step}
        onBlur={blur}
        placeholder={pickText(field.placeholder, lang) || undefined}
        disabled={disabled}
        aria-valuenow={typeof value === 'number' ? value : undefined}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy}
      />
    </span>
  );
}
