import type { FormModel, ModelProblem } from '@signoff/schema';
import { applyCommand } from './apply-command.js';
import type { CommandProblem } from './command-problem.js';
import type { FieldPath } from './field-path.js';
import { composeChanges, invertChanges, NO_CHANGES, type FormChanges } from './form-changes.js';
import type { DesignerOptions, FormCommand } from './form-command.js';
import { modelProblems } from './model-problems.js';

export interface HistoryOptions extends DesignerOptions {
  /** how many steps undo can go back; the oldest are forgotten first (200 when absent) */
  limit?: number;
}

export interface DispatchOptions {
  /**
   * Joins this edit to the one before when both carry the same value and nothing else happened in
   * between, so one undo takes back a burst of typing. The UI picks the value, e.g. the field, the
   * property and the moment the input got focus: `f3/label.zh/17`. Only edits in place join.
   */
  coalesce?: string;
}

/** What the last dispatch, undo or redo did, for the UI to redraw, announce and select. */
export type HistoryStep =
  | { kind: 'created'; changed: FormChanges }
  | { kind: 'changed' | 'undone' | 'redone'; changed: FormChanges; select?: FieldPath | null }
  /** accepted, but the model is as it was (e.g. a field dropped where it already was) */
  | { kind: 'unchanged'; changed: FormChanges; select?: FieldPath | null }
  | { kind: 'refused'; changed: FormChanges; problem: CommandProblem };

/**
 * The designer's state: the model and its undo and redo stacks, immutable and persistent (each
 * step is a new history sharing the rest). Undo gives back the earlier model object itself, so
 * "unsaved changes" is simply `history.model !== lastSaved`.
 */
export interface FormHistory {
  readonly model: FormModel;
  /** `validateModel(model)`, worked out on first read and kept for that model */
  readonly problems: readonly ModelProblem[];
  readonly last: HistoryStep;
  readonly undoCount: number;
  readonly redoCount: number;
}

interface Entry {
  before: FormModel;
  after: FormModel;
  changed: FormChanges;
  select?: FieldPath | null;
}

const DEFAULT_LIMIT = 200;

class History implements FormHistory {
  constructor(
    readonly model: FormModel,
    readonly last: HistoryStep,
    readonly past: readonly Entry[],
    readonly future: readonly Entry[],
    readonly options: HistoryOptions,
    /** the coalescing value of the last edit, while it may still be joined */
    readonly burst: string | undefined,
  ) {}

  get problems(): readonly ModelProblem[] {
    return modelProblems(this.model);
  }

  get undoCount(): number {
    return this.past.length;
  }

  get redoCount(): number {
    return this.future.length;
  }
}

export function createHistory(model: FormModel, options: HistoryOptions = {}): FormHistory {
  return new History(model, { kind: 'created', changed: NO_CHANGES }, [], [], options, undefined);
}

/** A history made elsewhere (a copy, a plain object) starts over from its model rather than failing. */
const own = (h: FormHistory): History => (h instanceof History ? h : (createHistory(h.model) as History));

const limitOf = (o: HistoryOptions): number =>
  typeof o.limit === 'number' && Number.isInteger(o.limit) && o.limit >= 1 ? o.limit : DEFAULT_LIMIT;

/** Applies a command. A refused one leaves model and stacks as they were, with the problem in `last`. */
export function dispatch(
  history: FormHistory,
  command: FormCommand,
  opts: DispatchOptions = {},
): FormHistory {
  const h = own(history);
  const r = applyCommand(h.model, command, h.options);
  if (!r.ok)
    return new History(
      h.model,
      { kind: 'refused', changed: NO_CHANGES, problem: r.problem },
      h.past,
      h.future,
      h.options,
      h.burst,
    );
  const select = r.select === undefined ? {} : { select: r.select };
  if (r.model === h.model)
    return new History(
      h.model,
      { kind: 'unchanged', changed: NO_CHANGES, ...select },
      h.past,
      h.future,
      h.options,
      h.burst,
    );

  const step: HistoryStep = { kind: 'changed', changed: r.changed, ...select };
  const burst = typeof opts.coalesce === 'string' ? opts.coalesce : undefined;
  const top = h.past.at(-1);
  if (burst !== undefined && burst === h.burst && top) {
    const changed = composeChanges(top.changed, r.changed);
    if (changed) {
      const joined: Entry = { before: top.before, after: r.model, changed, ...select };
      return new History(r.model, step, [...h.past.slice(0, -1), joined], [], h.options, burst);
    }
  }
  const entry: Entry = { before: h.model, after: r.model, changed: r.changed, ...select };
  return new History(r.model, step, [...h.past, entry].slice(-limitOf(h.options)), [], h.options, burst);
}

/** After an undo the UI selects what came back or moved back, else what was edited. */
function selectAfterUndo(c: FormChanges): FieldPath | null | undefined {
  return (
    c.added[0] ??
    c.moved[0]?.to ??
    c.renamed[0]?.to ??
    c.updated[0] ??
    (c.removed.length > 0 ? null : undefined)
  );
}

export function undo(history: FormHistory): FormHistory {
  const h = own(history);
  const entry = h.past.at(-1);
  if (!entry) return history;
  const changed = invertChanges(entry.changed);
  const s = selectAfterUndo(changed);
  const step: HistoryStep = { kind: 'undone', changed, ...(s === undefined ? {} : { select: s }) };
  return new History(entry.before, step, h.past.slice(0, -1), [...h.future, entry], h.options, undefined);
}

export function redo(history: FormHistory): FormHistory {
  const h = own(history);
  const entry = h.future.at(-1);
  if (!entry) return history;
  const step: HistoryStep = {
    kind: 'redone',
    changed: entry.changed,
    ...(entry.select === undefined ? {} : { select: entry.select }),
  };
  return new History(entry.after, step, [...h.past, entry], h.future.slice(0, -1), h.options, undefined);
}

export const canUndo = (history: FormHistory): boolean => own(history).past.length > 0;
export const canRedo = (history: FormHistory): boolean => own(history).future.length > 0;
