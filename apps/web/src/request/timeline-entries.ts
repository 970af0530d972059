import type { Localized } from '@signoff/schema';
import type { Person, TaskRow, TimelineEntry, TimelineEventType } from './request-detail';

/** A timeline entry as the page draws it. */
export interface ShownEntry extends TimelineEntry {
  /** `step_started` only: the people of that step who still have to act */
  waitingFor: Person[];
  /** a decision: why its actor was asked (the resolver's reason from the step that opened it) */
  why: Localized | null;
}

/** Events by which an assignee closes their own task at a step. */
const DECISIONS: ReadonlySet<TimelineEventType> = new Set<TimelineEventType>([
  'approved',
  'rejected',
  'done',
  'acknowledged',
  'returned',
  'transferred',
  'signer_added',
]);

const OPEN_TASK = new Set(['pending', 'waiting', 'unread']);

const nodeKey = (name: Localized | null): string | null => (name ? `${name.zh}\u0000${name.en}` : null);

/**
 * The timeline with each step shown once: a "waiting" entry stays only while people of that
 * step still have to act (and names just them), so a decided step shows its decision alone,
 * and the resolver's reason moves onto the decision that followed it.
 */
export function shownTimeline(entries: readonly TimelineEntry[], tasks: readonly TaskRow[]): ShownEntry[] {
  const lastStart = new Map<string, string>();
  for (const e of entries) {
    const key = nodeKey(e.nodeName);
    if (e.type === 'step_started' && key) lastStart.set(key, e.id);
  }
  const openAt = new Map<string, Set<string>>();
  for (const t of tasks) {
    const key = nodeKey(t.nodeName);
    if (!key || !OPEN_TASK.has(t.status)) continue;
    const set = openAt.get(key) ?? new Set<string>();
    set.add(t.assignee.id);
    openAt.set(key, set);
  }

  const startOf = new Map<string, TimelineEntry>();
  const shown: ShownEntry[] = [];
  for (const e of entries) {
    const key = nodeKey(e.nodeName);
    if (e.type === 'step_started') {
      if (key) startOf.set(key, e);
      if (key && lastStart.get(key) !== e.id) continue;
      const open = key ? openAt.get(key) : undefined;
      const waitingFor = key ? e.users.filter((u) => open?.has(u.id) === true) : e.users;
      // a step whose people all decided is told by their decisions
      if (key && waitingFor.length === 0) continue;
      shown.push({ ...e, waitingFor, why: null });
      continue;
    }
    const start = key && DECISIONS.has(e.type) ? startOf.get(key) : undefined;
    const asked =
      start && e.actor
        ? start.users.some((u) => u.id === e.actor?.id || u.id === e.delegatedFrom?.id)
        : false;
    shown.push({ ...e, waitingFor: [], why: asked && !e.reason ? (start?.reason ?? null) : null });
  }
  return shown;
}
