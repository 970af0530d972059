import type { JsonSchema, Localized, UiField } from '@signoff/schema';
import type { Lang } from '../../i18n/i18n';

/**
 * What every widget gets. The value is whatever the JSON Schema says the field holds (a
 * `YYYY-MM-DD` string for a date, a list of file refs for an attachment), never a UI object.
 */
export interface WidgetProps<V> {
  /** the id of the focusable control; the label points at it */
  id: string;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  onBlur?: () => void;
  field: UiField;
  /** the JSON Schema of this field's value; limits (min, max, maxLength, formats) come from here */
  schema: JsonSchema | undefined;
  lang: Lang;
  disabled: boolean;
  /** shows the control in its error state */
  invalid: boolean;
  required: boolean;
  /** ids of the help and error texts, for `aria-describedby` */
  describedBy: string | undefined;
  /** tables only: errors of single cells, by `row.column` (`3.amount`) */
  cellErrors?: Readonly<Record<string, Localized>> | undefined;
}
