import { Radio } from 'antd';
import { pickText } from '../localized';
import type { WidgetProps } from './widget-props';

export function RadioWidget({ id, value, onChange, onBlur, field, lang, disabled, invalid, required, describedBy }: WidgetProps<string>) {
  return (
    <div
      id={id}
      role="radiogroup"
      aria-labelledby={`${id}-label`}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
      aria-describedby={describedBy}
      onBlur={onBlur}
      className={invalid ? 'signoff-choice-invalid' : undefined}
    >
      <Radio.Group
        value={value}
        onChange={(e) => onChange(e.target.value as string)}
        options={(field.options ?? []).map((o) => ({ value: o.value, label: pickText(o.label, lang) }))}
        disabled={disabled}
      />
    </div>
  );
}
