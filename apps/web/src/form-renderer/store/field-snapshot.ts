import type { Localized } from '@signoff/schema';

/** What a step lets the person do with a field: change it, read it, or not see it at all. */
export type FieldAccess = 'edit' | 'read' | 'hidden';

/**
 * One field as its widget draws it. Immutable: a change makes a new snapshot for that field only,
 * so `useSyncExternalStore` re-renders exactly the fields whose snapshot changed.
 */
export interface FieldSnapshot {
  readonly value: unknown;
  /** drawn at all: not hidden by its visibility rule, the step or the designer */
  readonly visible: boolean;
  readonly access: FieldAccess;
  /** must be filled now: required, shown and editable */
  readonly required: boolean;
  readonly error: Localized | undefined;
  /** table cells, by `row.column` (`3.amount`) */
  readonly cellErrors: Readonly<Record<string, Localized>> | undefined;
}

/** The form as the submit button needs it. */
export interface FormSummary {
  /** keys of required fields (or tables with required cells) still empty, in display order */
  readonly missing: readonly string[];
  /** fields showing an error now */
  readonly errorCount: number;
}

export function sameSnapshot(a: FieldSnapshot, b: FieldSnapshot): boolean {
  return (
    a.value === b.value &&
    a.visible === b.visible &&
    a.access === b.access &&
    a.required === b.required &&
    a.error === b.error &&
    a.cellErrors === b.cellErrors
  );
}
