import { PersonSearchSelect } from '../../directory/PersonSearchSelect';
import { pickText } from '../localized';
import type { WidgetProps } from './widget-props';

/** User and department fields: the shared directory picker, bound to the field's store entry. */
export function PersonPickerWidget({
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
}: WidgetProps<string | string[]>) {
  return (
    <PersonSearchSelect
      id={id}
      kind={field.widget === 'department' ? 'department' : 'user'}
      multiple={field.multiple === true}
      value={value}
      onChange={(v) => onChange(v)}
      onBlur={onBlur}
      placeholder={pickText(field.placeholder, lang)}
      disabled={disabled}
      invalid={invalid}
      required={required}
      describedBy={describedBy}
    />
  );
}
