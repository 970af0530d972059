import type { RouterOutputs } from '../../api/trpc';
import type { Localized } from '@signoff/schema';

export type SupervisionRow = RouterOutputs['stats']['supervision'][number];
export type SupervisionFilter = 'all' | 'overdue' | 'unsupervised';

/** Rows matching the search (form title in either language, key, a supervisor's name) and the filter, busiest overdue first. */
export function filterSupervision(
  rows: SupervisionRow[],
  query: string,
  filter: SupervisionFilter,
  pick: (l: Localized) => string,
): SupervisionRow[] {
  const q = query.trim().toLowerCase();
  const hit = (r: SupervisionRow) =>
    !q ||
    [pick(r.title), r.title.zh, r.title.en, r.templateKey, ...r.supervisors.map((s) => s.name)].some((s) =>
      s.toLowerCase().includes(q),
    );
  const kept = (r: SupervisionRow) =>
    filter === 'all' ||
    (filter === 'overdue' && r.overdue > 0) ||
    (filter === 'unsupervised' && !r.supervisors.some((s) => s.active));
  return rows
    .filter((r) => hit(r) && kept(r))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.templateKey.localeCompare(b.templateKey));
}
