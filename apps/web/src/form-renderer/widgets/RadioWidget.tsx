import { ChoiceList } from './ChoiceList';
import type { WidgetProps } from './widget-props';

export function RadioWidget(props: WidgetProps<string>) {
  const { value, onChange } = props;
  return <ChoiceList {...props} kind="radio" checked={(v) => v === value} onToggle={(v) => onChange(v)} />;
}
