import { ChoiceList } from './ChoiceList';
import type { WidgetProps } from './widget-props';

export function RadioWidget({
  id,
  value,
  onChange,
  onBlur,
  field,
  lang,
  disabled,
  invalid,
  required,
  describedBy,
}: WidgetProps<string>) {
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
      <ChoiceList
        id={id}
        kind="radio"
        options={field.options ?? []}
        checked={(v) => v === value}
        onToggle={(v) => onChange(v)}
        lang={lang}
        disabled={disabled}
      />
    </div>
  );
}
