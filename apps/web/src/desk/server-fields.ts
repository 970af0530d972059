import type { Localized } from '@signoff/schema';

/*
 * Fields the desk asked the API for that it does not send yet (see docs/desk.md, "Asked of the
 * API"). They are read by shape, so the desk works with the server as it is and picks them up,
 * unchanged, once they arrive; while a field is missing the desk shows what it can instead.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isLocalized = (v: unknown): v is Localized =>
  isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string';

/** forms.listPublished rows: `description: Localized | null`. */
export function descriptionOf(row: object): Localized | null {
  const v: unknown = (row as Record<string, unknown>).description;
  return isLocalized(v) && (v.zh.trim() || v.en.trim()) ? v : null;
}

export interface FolderRef {
  id: string;
  name: string;
}

/** forms.listPublished rows: `folder: { id: string; name: string } | null`. */
export function folderOf(row: object): FolderRef | null {
  const v: unknown = (row as Record<string, unknown>).folder;
  return isRecord(v) && typeof v.id === 'string' && typeof v.name === 'string'
    ? { id: v.id, name: v.name }
    : null;
}

/** supervision.tasks rows: `remindersSent: number` (reminders and urges the task has had). */
export function remindersOf(row: object): number | undefined {
  const v: unknown = (row as Record<string, unknown>).remindersSent;
  return typeof v === 'number' ? v : undefined;
}

/** auth.me's user: `supervises: boolean` (a supervisor of at least one template). */
export function supervisesOf(user: object): boolean | undefined {
  const v: unknown = (user as Record<string, unknown>).supervises;
  return typeof v === 'boolean' ? v : undefined;
}
