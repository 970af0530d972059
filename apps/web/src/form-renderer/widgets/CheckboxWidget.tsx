import { Checkbox } from 'antd';
import type { WidgetProps } from '../types';
import { pickText } from '../localized';

export function CheckboxWidget({ id, value, onChange, field, lang, disabled }: WidgetProps<string[]>) {
  return (
    // Checkbox.Group takes no id; the wrapper carries it so scrollToField finds the field
    <div id={id}>
      <Checkbox.Group<string>
        value={value}
        onChange={(v) => onChange?.(v)}
        options={(field.options ?? []).map((o) => ({ value: o.value, label: pickText(o.label, lang) }))}
        disabled={disabled}
      />
    </div>
  );
}
