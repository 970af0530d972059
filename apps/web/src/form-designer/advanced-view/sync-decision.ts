import { stableStringify, type FormModel } from '@signoff/schema';
import { readJson } from './json-text';
import type { ModelTextProblem, ModelTextRead } from './model-text';

/**
 * The JSON view's text against the designer's model. `synced` is the text that last said exactly
 * what the model said (set by the view or applied from it): while the text still equals it, nothing
 * typed is waiting to be applied.
 */
export interface TextSync {
  text: string;
  synced: string;
}

/** Whether the text, read as JSON, holds the same data as the model (key order and spacing aside). */
export function textSays(text: string, model: FormModel): boolean {
  const read = readJson(text);
  return read.ok && stableStringify(read.value) === stableStringify(model);
}

export type ModelChangeOutcome =
  /** the text already says it (an edit just applied, or an undo back to what the text says) */
  | { kind: 'keep'; synced: string }
  /** nothing typed is waiting: the text shows the model */
  | { kind: 'replace'; text: string }
  /** the designer changed the model while typed edits wait: they are kept, and the view says so */
  | { kind: 'conflict' };

/** What the editor does when the model changes in the designer (canvas, properties, undo). */
export function onModelChanged(sync: TextSync, model: FormModel, modelText: string): ModelChangeOutcome {
  if (textSays(sync.text, model)) return { kind: 'keep', synced: sync.text };
  if (sync.text === sync.synced) return { kind: 'replace', text: modelText };
  return { kind: 'conflict' };
}

export type EditOutcome =
  | { kind: 'problems'; problems: ModelTextProblem[] }
  /** valid, and the model already holds it (only spacing or key order changed) */
  | { kind: 'same' }
  /** valid and different: one replaceModel */
  | { kind: 'apply'; model: FormModel };

/** What a (debounced) edit of the text does to the model. */
export function onTextEdited(read: ModelTextRead, model: FormModel): EditOutcome {
  if (!read.ok) return { kind: 'problems', problems: read.problems };
  if (stableStringify(read.model) === stableStringify(model)) return { kind: 'same' };
  return { kind: 'apply', model: read.model };
}
