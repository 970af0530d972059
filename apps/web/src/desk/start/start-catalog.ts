import type { Localized } from '@signoff/schema';
import { descriptionOf, folderOf, type FolderRef } from '../server-fields';

export interface StartTemplate {
  templateId: string;
  key: string;
  title: Localized;
  description: Localized | null;
  folder: FolderRef | null;
}

export interface TemplateGroup {
  /** null: the templates in no folder (or every template, when the tenant uses no folders) */
  folder: FolderRef | null;
  templates: StartTemplate[];
}

export function toStartTemplate(row: { templateId: string; key: string; title: Localized }): StartTemplate {
  return {
    templateId: row.templateId,
    key: row.key,
    title: row.title,
    description: descriptionOf(row),
    folder: folderOf(row),
  };
}

/** Case- and width-insensitive search over both titles, the key and the description, every word must match. */
export function matchesQuery(t: StartTemplate, q: string): boolean {
  const words = q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = [t.title.zh, t.title.en, t.key, t.description?.zh ?? '', t.description?.en ?? '']
    .join('\n')
    .toLowerCase();
  return words.every((w) => hay.includes(w));
}

/** Folders in name order, each keeping the given order of its items; the folderless come last. */
export function groupByFolder<T extends { folder: FolderRef | null }>(
  items: readonly T[],
  lang: 'zh' | 'en',
): { folder: FolderRef | null; templates: T[] }[] {
  const groups = new Map<string, { folder: FolderRef | null; templates: T[] }>();
  const loose: T[] = [];
  for (const t of items) {
    if (!t.folder) {
      loose.push(t);
      continue;
    }
    const g = groups.get(t.folder.id) ?? { folder: t.folder, templates: [] };
    g.templates.push(t);
    groups.set(t.folder.id, g);
  }
  const sorted = [...groups.values()].sort((a, b) =>
    (a.folder?.name ?? '').localeCompare(b.folder?.name ?? '', lang === 'zh' ? 'zh-CN' : 'en'),
  );
  return loose.length > 0 ? [...sorted, { folder: null, templates: loose }] : sorted;
}

/** The person's most recently started flows, newest first, from the keys of their latest requests. */
export function recentTemplates(
  startedKeys: readonly string[],
  templates: readonly StartTemplate[],
  max = 4,
): StartTemplate[] {
  const byKey = new Map(templates.map((t) => [t.key, t]));
  const out: StartTemplate[] = [];
  for (const key of startedKeys) {
    const t = byKey.get(key);
    if (t && !out.includes(t)) out.push(t);
    if (out.length >= max) break;
  }
  return out;
}
