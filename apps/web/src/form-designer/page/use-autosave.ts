import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormModel } from '@signoff/schema';
import { useTRPC } from '../../api/trpc';
import type { TemplateDesign } from './use-template-design';

export const AUTOSAVE_DELAY_MS = 1000;

export type SaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: unknown };

/**
 * Saves the draft a second after the last edit. "Unsaved" is `model !== saved` (undo back to the
 * saved model is saved again); a save that fails waits for the next edit or a retry.
 */
export function useAutosave(design: TemplateDesign, model: FormModel) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.forms.saveDraft.mutationOptions());
  const [saved, setSaved] = useState<{ model: FormModel; at: Date | null }>({
    model: design.model,
    at: null,
  });
  const [failed, setFailed] = useState<{ model: FormModel; error: unknown } | null>(null);
  const inFlight = useRef<FormModel | null>(null);
  const { mutateAsync } = save;

  const saveNow = useCallback(
    async (m: FormModel) => {
      if (inFlight.current) return;
      inFlight.current = m;
      try {
        await mutateAsync({
          templateId: design.templateId,
          key: design.key,
          title: m.title,
          serialPrefix: design.serialPrefix,
          draft: { model: m as unknown as Record<string, unknown>, flow: design.flow },
        });
        setSaved({ model: m, at: new Date() });
        // the page may be drawn afresh (a phone turned, the layout switched): it then opens what was saved
        queryClient.setQueryData(trpc.forms.draft.queryKey({ templateId: design.templateId }), (old) =>
          old ? { ...old, draft: { model: m, flow: design.flow } } : old,
        );
        setFailed(null);
      } catch (error) {
        setFailed({ model: m, error });
      } finally {
        inFlight.current = null;
      }
    },
    [design, mutateAsync, queryClient, trpc],
  );

  const dirty = model !== saved.model;
  const failedNow = failed?.model === model;
  useEffect(() => {
    if (!dirty || failedNow || save.isPending) return;
    const timer = setTimeout(() => void saveNow(model), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, failedNow, model, save.isPending, saveNow]);

  useEffect(() => {
    if (!dirty) return;
    // the browser shows its own wording; returnValue is what makes it ask at all
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const state: SaveState = save.isPending
    ? { kind: 'saving' }
    : failed && failedNow
      ? { kind: 'failed', error: failed.error }
      : dirty
        ? { kind: 'dirty' }
        : { kind: 'saved', at: saved.at };

  return {
    state,
    dirty,
    retry: () => void saveNow(model),
    flush: () => saveNow(model),
    savedModel: saved.model,
  };
}
