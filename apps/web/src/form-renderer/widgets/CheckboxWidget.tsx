import { ChoiceList } from './ChoiceList';
import type { WidgetProps } from './widget-props';

export function CheckboxWidget(props: WidgetProps<string[]>) {
  const { value, onChange, field } = props;
  const toggle = (v: string, on: boolean) => {
    // kept in the options' order, whatever order they were ticked in
    const next = (field.options ?? [])
      .map((o) => o.value)
      .filter((o) => (o === v ? on : (value ?? []).includes(o)));
    onChange(next.length === 0 ? undefined : next);
  };
  return (
    <ChoiceList {...props} kind="checkbox" checked={(v) => (value ?? []).includes(v)} onToggle={toggle} />
  );
}
