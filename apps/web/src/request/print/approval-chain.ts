import type { Localized } from '@signoff/schema';
import type { Person, TimelineEntry, TimelineEventType } from '../request-detail';

/** The events a paper approval sheet records: who submitted, who decided what, and how it ended. */
const ON_PAPER: ReadonlySet<TimelineEventType> = new Set<TimelineEventType>([
  'submitted',
  'approved',
  'rejected',
  'done',
  'acknowledged',
  'returned',
  'resubmitted',
  'withdrawn',
  'transferred',
  'signer_added',
  'step_skipped',
  'commented',
  'cancelled',
]);

export interface ChainRow {
  id: string;
  type: TimelineEventType;
  step: Localized | null;
  person: Person | null;
  delegatedFrom: Person | null;
  toUsers: Person[];
  comment: string | null;
  reason: Localized | null;
  at: string;
  signatureUrl: string | null;
}

/** The approval chain of the print view, oldest first. */
export function approvalChain(timeline: readonly TimelineEntry[]): ChainRow[] {
  return timeline
    .filter((e) => ON_PAPER.has(e.type))
    .map((e) => ({
      id: e.id,
      type: e.type,
      step: e.nodeName,
      person: e.actor,
      delegatedFrom: e.delegatedFrom,
      toUsers: e.toUsers,
      comment: e.comment,
      reason: e.reason,
      at: e.at,
      signatureUrl: e.signatureUrl,
    }));
}
