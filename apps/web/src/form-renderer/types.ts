import type { JsonSchema, UiField } from '@signoff/schema';
import type { Lang } from '../i18n/i18n';

export type FormValues = Record<string, unknown>;

/** What every widget gets: Form.Item injects `value` and `onChange`, the renderer the rest. */
export interface WidgetProps<V> {
  id?: string;
  value?: V;
  onChange?: (value: V | undefined) => void;
  field: UiField;
  /** the JSON Schema of this field's value; limits (min, max, maxLength) come from here */
  schema: JsonSchema | undefined;
  lang: Lang;
  disabled?: boolean;
}
