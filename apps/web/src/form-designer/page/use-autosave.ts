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

/** what one save sends */
interface Draft {
  model: FormModel;
  flow: Record<string, unknown>;
}

/**
 * Saves the draft `{ model, flow }` a second after the last edit. "Unsaved" is either object not
 * being the one last saved (undo back to the saved one is saved again); a save that fails waits for
 * the next edit or a retry. The form designer edits the model (the route stays `design.flow`), the
 * route designer the flow.
 */
export function useAutosave(
  design: TemplateDesign,
  model: FormModel,
  flow: Record<string, unknown> = design.flow,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.forms.saveDraft.mutationOptions());
  const [saved, setSaved] = useState<Draft & { at: Date | null }>({
    model: design.model,
    flow: design.flow,
    at: null,
  });
  const [failed, setFailed] = useState<(Draft & { error: unknown }) | null>(null);
  const inFlight = useRef<Draft | null>(null);
  const { mutateAsync } = save;

  const saveNow = useCallback(
    async (d: Draft) => {
      if (inFlight.current) return;
      inFlight.current = d;
      try {
        await mutateAsync({
          templateId: design.templateId,
          key: design.key,
          title: d.model.title,
          serialPrefix: design.serialPrefix,
          draft: { model: d.model as unknown as Record<string, unknown>, flow: d.flow },
        });
        setSaved({ ...d, at: new Date() });
        // the page may be drawn afresh (a phone turned, the layout switched): it then opens what was saved
        queryClient.setQueryData(trpc.forms.draft.queryKey({ templateId: design.templateId }), (old) =>
          old ? { ...old, draft: { model: d.model, flow: d.flow } } : old,
        );
        setFailed(null);
      } catch (error) {
        setFailed({ ...d, error });
      } finally {
        inFlight.current = null;
      }
    },
    [design, mutateAsync, queryClient, trpc],
  );

  const dirty = model !== saved.model || flow !== saved.flow;
  const failedNow = failed?.model === model && failed.flow === flow;
  useEffect(() => {
    if (!dirty || failedNow || save.isPending) return;
    const timer = setTimeout(() => void saveNow({ model, flow }), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, failedNow, model, flow, save.isPending, saveNow]);

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
    retry: () => void saveNow({ model, flow }),
    flush: () => saveNow({ model, flow }),
    savedModel: saved.model,
  };
}
