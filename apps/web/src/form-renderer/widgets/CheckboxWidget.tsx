import { ChoiceList } from './ChoiceList';
import type { WidgetProps } from './widget-props';

export function CheckboxWidget({
  id,
  value,
  onChange,
  onBlur,
  field,
  lang,
  disabled,
  invalid,
  describedBy,
}: WidgetProps<string[]>) {
  const options = field.options ?? [];
  const toggle = (v: string, on: boolean) => {
    // kept in the options' order, whatever order they were ticked in
    const next = options.map((o) => o.value).filter((o) => (o === v ? on : (value ?? []).includes(o)));
    onChange(next.length === 0 ? undefined : next);
  };
  return (
    <div
      id={id}
      role="group"
      aria-labelledby={`${id}-label`}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onBlur={onBlur}
      className={invalid ? 'signoff-choice-invalid' : undefined}
    >
      <ChoiceList
        id={id}
        kind="checkbox"
        options={options}
        checked={(v) => (value ?? []).includes(v)}
        onToggle={toggle}
        lang={lang}
        disabled={disabled}
      />
    </div>
  );
}
