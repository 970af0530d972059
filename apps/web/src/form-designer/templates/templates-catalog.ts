import { pinyin } from 'pinyin-pro';
import type { Localized } from '../../i18n/use-lang';
import { groupByFolder } from '../../desk/start/start-catalog';

export interface FolderRef {
  id: string;
  name: string;
}

/** One row of the designers' list. */
export interface DesignTemplate {
  templateId: string;
  key: string;
  title: Localized;
  folder: FolderRef | null;
  /** the current published version; null for a template that has only a draft */
  publishedVersion: number | null;
}

/** forms.listPublished's row, as far as the list reads it. */
export interface PublishedRow {
  templateId: string;
  key: string;
  title: Localized;
  version: number;
  folder?: FolderRef | null;
}

/** templates.access's answer (admins only): every template's folder and the folder tree. */
export interface AccessAnswer {
  folders: { id: string; name: string; parentId: string | null }[];
  templateFolders: Record<string, string | null>;
}

/** forms.draft's row of a template that was never published. */
export interface DraftOnlyRow {
  templateId: string;
  key: string;
  title: Localized;
}

/** A folder's name with its parents' (`行政 / 用车`), so nested folders stay apart in one flat list. */
function folderPath(id: string, folders: AccessAnswer['folders']): string {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const names: string[] = [];
  const seen = new Set<string>();
  for (let f = byId.get(id); f && !seen.has(f.id); f = f.parentId ? byId.get(f.parentId) : undefined) {
    seen.add(f.id);
    names.unshift(f.name);
  }
  return names.join(' / ');
}

/**
 * The tenant's templates for designing: the published ones, plus (for admins, who see every
 * template through templates.access) those with only a draft. The folder tree names folders.
 */
export function designTemplates(
  published: readonly PublishedRow[],
  access: AccessAnswer | undefined,
  draftOnly: readonly DraftOnlyRow[],
): DesignTemplate[] {
  const folderOf = (templateId: string, fallback: FolderRef | null): FolderRef | null => {
    if (!access) return fallback;
    const id = access.templateFolders[templateId];
    if (!id) return null;
    return { id, name: folderPath(id, access.folders) || fallback?.name || id };
  };
  const rows: DesignTemplate[] = published.map((p) => ({
    templateId: p.templateId,
    key: p.key,
    title: p.title,
    folder: folderOf(p.templateId, p.folder ?? null),
    publishedVersion: p.version,
  }));
  const known = new Set(rows.map((r) => r.templateId));
  for (const d of draftOnly) {
    if (known.has(d.templateId)) continue;
    rows.push({
      templateId: d.templateId,
      key: d.key,
      title: d.title,
      folder: folderOf(d.templateId, null),
      publishedVersion: null,
    });
  }
  return rows;
}

/** Templates templates.access knows that the published list does not: drafts never published. */
export function unpublishedIds(
  published: readonly PublishedRow[],
  access: AccessAnswer | undefined,
): string[] {
  if (!access) return [];
  const known = new Set(published.map((p) => p.templateId));
  return Object.keys(access.templateFolders)
    .filter((id) => !known.has(id))
    .sort();
}

const searchText = new WeakMap<DesignTemplate, string>();

/** Both titles, the key, and the Chinese title's pinyin in full and by initials (请假 → qingjia, qj). */
function haystack(t: DesignTemplate): string {
  let s = searchText.get(t);
  if (s === undefined) {
    const full = pinyin(t.title.zh, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
    const initials = pinyin(t.title.zh, {
      pattern: 'first',
      toneType: 'none',
      type: 'array',
      nonZh: 'removed',
    }).join('');
    s = [t.title.zh, t.title.en, t.key, full, initials].join('\n').toLowerCase();
    searchText.set(t, s);
  }
  return s;
}

/** Every word of the query must match somewhere; case-insensitive, spaces in pinyin ignored. */
export function matchesDesignQuery(t: DesignTemplate, q: string): boolean {
  const words = q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => haystack(t).includes(w));
}

export interface DesignGroup {
  folder: FolderRef | null;
  templates: DesignTemplate[];
}

/** Folders by name (pinyin order in Chinese), titles by name inside each; the folderless last. */
export function groupDesignTemplates(templates: readonly DesignTemplate[], lang: 'zh' | 'en'): DesignGroup[] {
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const title = (t: DesignTemplate) => (lang === 'zh' ? t.title.zh : t.title.en) || t.title.zh;
  const byTitle = (a: DesignTemplate, b: DesignTemplate) => title(a).localeCompare(title(b), locale);
  return groupByFolder(templates, lang).map((g) => ({ ...g, templates: [...g.templates].sort(byTitle) }));
}
