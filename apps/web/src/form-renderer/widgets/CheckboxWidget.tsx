import { Checkbox } from 'antd';
import { pickText } from '../localized';
import type { WidgetProps } from './widget-props';

export function CheckboxWidget({ id, value, onChange, onBlur, field, lang, disabled, invalid, describedBy }: WidgetProps<string[]>) {
  return (
    // Checkbox.Group takes no id; the wrapper carries it so the label and scroll-to-error find the field
    <div
      id={id}
      role="group"
      aria-labelledby={`${id}-label`}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onBlur={onBlur}
      className={invalid ? 'signoff-choice-invalid' : undefined}
    >
      <Checkbox.Group<string>
        value={value ?? []}
        onChange={(v) => onChange(v.length === 0 ? undefined : v)}
        options={(field.options ?? []).map((o) => ({ value: o.value, label: pickText(o.label, lang) }))}
        disabled={disabled}
      />
    </div>
  );
}
