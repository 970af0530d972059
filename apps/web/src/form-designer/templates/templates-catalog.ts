import { pinyin } from 'pinyin-pro';
import type { Localized } from '@signoff/schema';
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
  /** the draft holds edits not yet published (always so for a template never published) */
  unpublishedChanges: boolean;
  draftUpdatedAt: string | null;
  draftUpdatedBy: { id: string; name: string } | null;
  archived: boolean;
  /** editors rename and duplicate; managers also move and archive */
  level: 'manager' | 'editor';
}

export interface FolderRow {
  id: string;
  name: string;
  parentId: string | null;
}

/** templates.list's answer, as far as the list reads it. */
export interface ListAnswer {
  folders: FolderRow[];
  templates: (Omit<DesignTemplate, 'folder'> & { folderId: string | null })[];
}

/** A folder's name with its parents' (`行政 / 用车`), so nested folders stay apart in one flat list. */
function folderPath(id: string, folders: readonly FolderRow[]): string {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const names: string[] = [];
  const seen = new Set<string>();
  for (let f = byId.get(id); f && !seen.has(f.id); f = f.parentId ? byId.get(f.parentId) : undefined) {
    seen.add(f.id);
    names.unshift(f.name);
  }
  return names.join(' / ');
}

/** The templates the caller may edit, each with its folder named by its full path. */
export function designTemplates(answer: ListAnswer): DesignTemplate[] {
  return answer.templates.map(({ folderId, ...t }) => ({
    ...t,
    folder: folderId ? { id: folderId, name: folderPath(folderId, answer.folders) || folderId } : null,
  }));
}

/** Every folder by its full path, in name order: where a template may be moved. */
export function folderChoices(folders: readonly FolderRow[], lang: 'zh' | 'en'): FolderRef[] {
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  return folders
    .map((f) => ({ id: f.id, name: folderPath(f.id, folders) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
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
