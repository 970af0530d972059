import { validateFlow, type FlowDefinition, type FlowProblem } from '@signoff/flow';
import type { FormField } from '@signoff/schema';
import { applyRouteCommand } from './apply-route-command.js';
import type { RouteChanges, RouteCommand, RouteHistory, RouteOptions } from './route-command.js';
import { invertRouteChanges } from './route-changes.js';

export interface RouteHistoryOptions {
  /** the form's fields, so conditions type-check against them */
  fields?: readonly FormField[];
  /** the tenant's ranks, lowest first, for rank literals in conditions */
  ranks?: readonly string[];
  /** how many steps undo can go back; the oldest are forgotten first (200 when absent) */
  limit?: number;
}

interface Entry {
  before: FlowDefinition;
  after: FlowDefinition;
  changed: RouteChanges;
}

const DEFAULT_LIMIT = 200;

class History implements RouteHistory {
  #problems: readonly FlowProblem[] | undefined;

  constructor(
    readonly flow: FlowDefinition,
    readonly last: RouteHistory['last'],
    readonly past: readonly Entry[],
    readonly future: readonly Entry[],
    readonly options: RouteHistoryOptions,
  ) {}

  get problems(): readonly FlowProblem[] {
    this.#problems ??= validateFlow(this.flow, {
      ...(this.options.fields ? { fields: this.options.fields } : {}),
      ...(this.options.ranks ? { ranks: this.options.ranks } : {}),
    });
    return this.#problems;
  }

  get undoCount(): number {
    return this.past.length;
  }

  get redoCount(): number {
    return this.future.length;
  }
}

/**
 * The route designer's state: the flow and its undo and redo stacks, immutable and persistent.
 * Undo gives back the earlier flow object itself, so "unsaved" is `history.flow !== lastSaved`.
 */
export function createRouteHistory(flow: FlowDefinition, opts: RouteHistoryOptions = {}): RouteHistory {
  return new History(flow, { kind: 'created' }, [], [], opts);
}

/** A history made elsewhere (a copy, a plain object) starts over from its flow rather than failing. */
const own = (h: RouteHistory): History =>
  h instanceof History ? h : (createRouteHistory(h.flow) as History);

const limitOf = (o: RouteHistoryOptions): number =>
  typeof o.limit === 'number' && Number.isInteger(o.limit) && o.limit >= 1 ? o.limit : DEFAULT_LIMIT;

/** Applies a command. A refused one leaves flow and stacks as they were, with the problem in `last`. */
export function dispatchRoute(history: RouteHistory, cmd: RouteCommand, options: RouteOptions): RouteHistory {
  const h = own(history);
  const r = applyRouteCommand(h.flow, cmd, options);
  if (!r.ok) return new History(h.flow, { kind: 'refused', problem: r.problem }, h.past, h.future, h.options);
  const entry: Entry = { before: h.flow, after: r.flow, changed: r.changed };
  const past = [...h.past, entry].slice(-limitOf(h.options));
  return new History(r.flow, { kind: 'changed', changed: r.changed }, past, [], h.options);
}

/** The flow before the last change, the very object it was; the same history when there is nothing to undo. */
export function undoRoute(history: RouteHistory): RouteHistory {
  const h = own(history);
  const entry = h.past.at(-1);
  if (!entry) return history;
  const changed = invertRouteChanges(entry.changed);
  return new History(
    entry.before,
    { kind: 'undone', changed },
    h.past.slice(0, -1),
    [...h.future, entry],
    h.options,
  );
}

export function redoRoute(history: RouteHistory): RouteHistory {
  const h = own(history);
  const entry = h.future.at(-1);
  if (!entry) return history;
  return new History(
    entry.after,
    { kind: 'redone', changed: entry.changed },
    [...h.past, entry],
    h.future.slice(0, -1),
    h.options,
  );
}
