import type { FieldErrorData } from '../api/app-error';

/**
 * The fields an approver's step lets them change, as the action dialogs need them: checked
 * before a decision is sent, and sent along with it (`data` of approve / done).
 */
export interface EditableFields {
  /** marks the wrong fields on the page; false when any is wrong (waits for the lazily loaded validator) */
  validate(): Promise<boolean>;
  /** the changed values of the editable fields (empty when nothing changed) */
  changed(): Record<string, unknown>;
  /** puts the server's per-field errors on their fields; answers those it could not place */
  applyServerErrors(errors: FieldErrorData[]): FieldErrorData[];
}
