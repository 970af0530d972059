import type { LocalDraft } from './local-draft';

export interface ServerDraft {
  data: Record<string, unknown>;
  savedAt: string;
  versionId: string;
}

export interface DraftOffer {
  data: Record<string, unknown>;
  savedAt: string;
  /** saved for an earlier version of the form */
  otherVersion: boolean;
  /** restore without asking (the session expired while filling) */
  resume: boolean;
  source: 'local' | 'server';
}

const isEmpty = (data: Record<string, unknown>) => Object.keys(data).length === 0;

/**
 * Which draft to offer: the newer of this device's copy and the server's (a draft continued on
 * another device is newer on the server); none when both are empty.
 */
export function pickDraft(local: LocalDraft | null, server: ServerDraft | null | undefined, versionId: string): DraftOffer | null {
  const candidates = [
    ...(local && !isEmpty(local.data) ? [{ ...local, source: 'local' as const }] : []),
    ...(server && !isEmpty(server.data) ? [{ ...server, source: 'server' as const }] : []),
  ];
  if (candidates.length === 0) return null;
  // ISO times in UTC compare as text; on a tie this device's copy wins (it has every keystroke)
  const best = candidates.reduce((a, b) => (b.savedAt > a.savedAt ? b : a));
  return {
    data: best.data,
    savedAt: best.savedAt,
    otherVersion: best.versionId !== versionId,
    resume: local?.resume === true && best.source === 'local',
    source: best.source,
  };
}
