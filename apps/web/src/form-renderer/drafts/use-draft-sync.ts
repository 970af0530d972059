import { useCallback, useEffect, useRef, useState } from 'react';
import { isUnauthorized } from '../../api/app-error';
import { useTRPCClient } from '../../api/trpc';
import type { FormStore } from '../store/form-store';
import { markResume, removeLocalDraft, writeLocalDraft } from './local-draft';

/** How long after the last change the server copy is saved. */
export const SERVER_SAVE_DELAY_MS = 1000;

export type DraftStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** the server refused or could not be reached; the local copy holds everything */
  | { kind: 'local' }
  /** the session expired: the local copy is kept and marked to come back after login */
  | { kind: 'expired' };

export interface DraftSync {
  status: DraftStatus;
  /** after a successful submit: no draft is left anywhere, and no late save brings it back */
  forget(): Promise<void>;
  /** "discard the draft": the server copy and the local one */
  discard(): Promise<void>;
}

/**
 * Keeps a form being filled safe: every change goes to localStorage at once, and to the server
 * (`drafts.save`) a second after the last one, again when the page is hidden or left.
 */
export function useDraftSync(store: FormStore | undefined, templateId: string, versionId: string, storageKey: string | null): DraftSync {
  const client = useTRPCClient();
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const dirty = useRef(false);
  const stopped = useRef(false);
  const expired = useRef(false);

  const saveNow = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!store || !dirty.current || stopped.current || expired.current) return;
    dirty.current = false;
    setStatus({ kind: 'saving' });
    const p = client.drafts.save
      .mutate({ templateId, data: store.data() })
      .then((res) => {
        if (!stopped.current) setStatus(dirty.current ? { kind: 'saving' } : { kind: 'saved', at: res.savedAt });
      })
      .catch((e: unknown) => {
        dirty.current = true;
        if (isUnauthorized(e)) {
          expired.current = true;
          if (storageKey) markResume(storageKey);
          setStatus({ kind: 'expired' });
        } else if (!stopped.current) setStatus({ kind: 'local' });
      })
      .finally(() => {
        if (inFlight.current === p) inFlight.current = null;
      });
    inFlight.current = p;
  }, [client, store, templateId, storageKey]);

  useEffect(() => {
    if (!store) return;
    stopped.current = false;
    const off = store.onAnyChange(() => {
      if (stopped.current) return;
      dirty.current = true;
      if (storageKey) writeLocalDraft(storageKey, { data: store.data(), savedAt: new Date().toISOString(), versionId, ...(expired.current ? { resume: true } : {}) });
      clearTimeout(timer.current);
      timer.current = setTimeout(saveNow, SERVER_SAVE_DELAY_MS);
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    const onOnline = () => {
      if (!expired.current) {
        dirty.current = true;
        saveNow();
      }
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('online', onOnline);
    return () => {
      off();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('online', onOnline);
      // leaving the page within the second: send what is pending rather than drop it
      saveNow();
      stopped.current = true;
    };
  }, [store, storageKey, versionId, saveNow]);

  const forget = useCallback(async () => {
    stopped.current = true;
    clearTimeout(timer.current);
    if (storageKey) removeLocalDraft(storageKey);
    // a save still on its way would bring the draft back after the submit removed it
    if (inFlight.current) {
      await inFlight.current.catch(() => undefined);
      await client.drafts.discard.mutate({ templateId }).catch(() => undefined);
    }
  }, [client, storageKey, templateId]);

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    dirty.current = false;
    if (storageKey) removeLocalDraft(storageKey);
    await inFlight.current?.catch(() => undefined);
    await client.drafts.discard.mutate({ templateId });
    setStatus({ kind: 'idle' });
  }, [client, storageKey, templateId]);

  return { status, forget, discard };
}
