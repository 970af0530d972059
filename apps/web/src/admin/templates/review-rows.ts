import type { AccessLevel } from '@signoff/org';
import { effectiveAccess, type AccessFacts, type AccessTemplate, type EffectiveRow } from './access-model';

export interface ReviewRow extends EffectiveRow {
  template: AccessTemplate;
  folderName: string | null;
}

/** Every active person's effective tier on every form: the quarterly review's one table (seed 003). */
export function reviewRows(facts: AccessFacts): ReviewRow[] {
  const folderName = new Map(facts.folders.map((f) => [f.id, f.name]));
  return facts.templates.flatMap((template) =>
    effectiveAccess(facts, template).map((r) => ({
      ...r,
      template,
      folderName: template.folderId ? (folderName.get(template.folderId) ?? null) : null,
    })),
  );
}

export interface ReviewFilter {
  q: string;
  templateId?: string | undefined;
  /** a tier, or 'none' for no access */
  level?: AccessLevel | 'none' | undefined;
  hideNone: boolean;
}

export function filterReview(rows: readonly ReviewRow[], f: ReviewFilter): ReviewRow[] {
  const needle = f.q.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!f.hideNone || r.level !== null) &&
      (f.templateId === undefined || r.template.templateId === f.templateId) &&
      (f.level === undefined || (r.level ?? 'none') === f.level) &&
      (!needle ||
        [r.user.name, r.user.login, r.template.title.zh, r.template.title.en, r.template.key].some((s) =>
          s.toLowerCase().includes(needle),
        )),
  );
}
