/**
 * The browser's copy of a form being filled, written on every change, so nothing typed is lost
 * to a reload, a dropped connection or an expired session before the server copy is saved.
 * Keyed by tenant, user and template: another person on the same device never sees it.
 */
export interface LocalDraft {
  data: Record<string, unknown>;
  /** ISO time of the last change */
  savedAt: string;
  versionId: string;
  /** the session expired while filling: restore without asking once the person is back */
  resume?: boolean;
}

const PREFIX = 'signoff.draft';

export const localDraftKey = (tenantId: string, userId: string, templateId: string): string => `${PREFIX}:${tenantId}:${userId}:${templateId}`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readLocalDraft(key: string): LocalDraft | null {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return null;
    const v = JSON.parse(raw) as unknown;
    if (!isRecord(v) || !isRecord(v.data) || typeof v.savedAt !== 'string' || typeof v.versionId !== 'string') return null;
    return { data: v.data, savedAt: v.savedAt, versionId: v.versionId, ...(v.resume === true ? { resume: true } : {}) };
  } catch {
    // unreadable (private mode, or someone edited it): as if there were none
    return null;
  }
}

/** Returns false when the browser refused (storage full or disabled); the server copy still goes out. */
export function writeLocalDraft(key: string, draft: LocalDraft): boolean {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeLocalDraft(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // nothing to do: it will be overwritten or ignored
  }
}

/** Marks the local copy to be restored straight away after the next login. */
export function markResume(key: string): void {
  const draft = readLocalDraft(key);
  if (draft) writeLocalDraft(key, { ...draft, resume: true });
}
