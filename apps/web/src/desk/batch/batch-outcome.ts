import type { RouterOutputs } from '../../api/trpc';
import type { Localized } from '@signoff/schema';

export type BatchResponse = RouterOutputs['actions']['batchApprove'];

/** What a batch approved item is shown as: the request it was, and what became of it. */
export interface BatchItem {
  taskId: string;
  title: Localized;
  applicantName: string;
  serialNo: string;
}

export interface BatchOutcome extends BatchItem {
  ok: boolean;
  /** the server's localized reason for a refusal */
  reason: Localized | null;
}

const UNKNOWN: Localized = { zh: '未知原因', en: 'Unknown reason' };
const MISSING: Localized = { zh: '服务器没有回复这一项', en: 'The server did not answer for this one' };

/** Pairs each chosen item with its result, in the order the person chose them; refusals first, they need attention. */
export function batchOutcomes(items: readonly BatchItem[], response: BatchResponse): BatchOutcome[] {
  const byTask = new Map(response.results.map((r) => [r.taskId, r]));
  const out = items.map((item): BatchOutcome => {
    const r = byTask.get(item.taskId);
    if (!r) return { ...item, ok: false, reason: MISSING };
    return { ...item, ok: r.ok, reason: r.ok ? null : (r.error?.message ?? UNKNOWN) };
  });
  return [...out.filter((o) => !o.ok), ...out.filter((o) => o.ok)];
}
