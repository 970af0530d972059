import type { FieldType, FormField, FormModel, Localized } from '@signoff/schema';
import type { CommandProblem } from './command-problem.js';
import type { FieldPatch } from './field-properties.js';
import type { FieldPath, Place } from './field-path.js';
import type { FormChanges } from './form-changes.js';
import type { KeyFromLabel } from './field-keys.js';

/** A new field of a type, from the palette; the type's name is its label unless one is given. */
export interface AddFieldCommand {
  type: 'addField';
  fieldType: FieldType;
  /** the end of the form when absent */
  at?: Place;
  label?: Localized;
}

/** Drag and drop: reorder, or into and out of a table. */
export interface MoveFieldCommand {
  type: 'moveField';
  field: FieldPath;
  to: Place;
}

/** A copy right after the field, with a fresh key and "副本" / "copy" after its label. */
export interface DuplicateFieldCommand {
  type: 'duplicateField';
  field: FieldPath;
}

/** Rules and formulas that read the field keep their reference, so the problems list shows what to fix. */
export interface RemoveFieldCommand {
  type: 'removeField';
  field: FieldPath;
}

/** The property panel: a typed patch of one field. `fieldType` is the field's type, checked, so the patch fits it. */
export type ChangeFieldCommand = {
  [T in FieldType]: { type: 'changeField'; field: FieldPath; fieldType: T; patch: FieldPatch<T> };
}[FieldType];

/**
 * Fields from the clipboard, maybe from another form: copied in, keys that clash replaced by fresh
 * ones (and the pasted fields' rules and formulas follow), inserted from `at` in their order.
 */
export interface PasteFieldsCommand {
  type: 'pasteFields';
  fields: readonly FormField[];
  at?: Place;
}

/** The form's own key and title. */
export interface ChangeFormCommand {
  type: 'changeForm';
  patch: { key?: string; title?: Localized };
}

/**
 * The whole model at once, from the JSON view. Fields equal to the ones they replace stay the very
 * same objects, so the canvas redraws only what the text changed.
 */
export interface ReplaceModelCommand {
  type: 'replaceModel';
  model: FormModel;
}

export type FormCommand =
  | AddFieldCommand
  | MoveFieldCommand
  | DuplicateFieldCommand
  | RemoveFieldCommand
  | ChangeFieldCommand
  | PasteFieldsCommand
  | ChangeFormCommand
  | ReplaceModelCommand;

export type FormCommandType = FormCommand['type'];

export interface DesignerOptions {
  /** proposes keys for new fields from their labels (the web designer passes a pinyin one); `field_<n>` otherwise */
  keyFromLabel?: KeyFromLabel;
}

/**
 * What a command did. Accepted: the new model (the same object when nothing changed), what changed,
 * and the field a UI should select next (`null`: none, absent: keep the selection). Refused: the
 * model as it was and why.
 */
export type CommandResult =
  | { ok: true; model: FormModel; changed: FormChanges; select?: FieldPath | null }
  | { ok: false; model: FormModel; changed: FormChanges; problem: CommandProblem };
