import type { FieldPath, FormCommand } from '@signoff/designer';
import type { FormField } from '@signoff/schema';

/**
 * A property change for a field whose type is only known at run time. The core checks each
 * property against the field's type (FIELD_PROPERTIES) and refuses one that does not fit, so the
 * panel may build patches from a plain record.
 */
export function changeCommand(path: FieldPath, field: FormField, patch: Partial<FormField>): FormCommand {
  return { type: 'changeField', field: path, fieldType: field.type, patch } as FormCommand;
}
