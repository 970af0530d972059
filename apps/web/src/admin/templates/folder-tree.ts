import type { Localized } from '@signoff/schema';
import type { AccessFolder, AccessTemplate } from './access-model';

export interface FolderNode {
  key: string;
  title: string;
  children: FolderNode[];
}

/** The folders as a tree for antd's Tree, siblings by name; a parent missing from the list makes a root. */
export function folderTree(folders: readonly AccessFolder[], lang: 'zh' | 'en'): FolderNode[] {
  const ids = new Set(folders.map((f) => f.id));
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const build = (parentId: string | null, seen: Set<string>): FolderNode[] =>
    folders
      .filter((f) =>
        parentId === null ? f.parentId === null || !ids.has(f.parentId) : f.parentId === parentId,
      )
      .filter((f) => !seen.has(f.id))
      .sort((a, b) => a.name.localeCompare(b.name, locale))
      .map((f) => ({ key: f.id, title: f.name, children: build(f.id, new Set([...seen, f.id])) }));
  return build(null, new Set());
}

/** Which templates a tree selection shows: all, those in no folder, or one folder's own. */
export type FolderSelection = { kind: 'all' } | { kind: 'none' } | { kind: 'folder'; id: string };

export function templatesIn<T extends AccessTemplate>(templates: readonly T[], sel: FolderSelection): T[] {
  if (sel.kind === 'all') return [...templates];
  if (sel.kind === 'none') return templates.filter((t) => t.folderId === null);
  return templates.filter((t) => t.folderId === sel.id);
}

/** A template's title in the reader's language, the Chinese one when the other is empty. */
export const titleOf = (title: Localized, lang: 'zh' | 'en'): string => title[lang] || title.zh;
