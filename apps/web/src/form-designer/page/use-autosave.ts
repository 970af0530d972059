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
 * The half of the draft a designer edits: the form designer the model, the route designer the flow.
 * The other half is sent as the design holds it. Only the edited half is compared, so a refetched
 * design (new objects, same content: after a publish, say) is not taken for an edit.
 */
export type DesignEdit = { model: FormModel } | { flow: Record<string, unknown> };

/**
 * Saves the draft a second after the last edit. "Unsaved" is the edited half not being the object
 * last saved (undo back to the saved one is saved again); a save that fails waits for the next edit
 * or a retry.
 */
export function useAutosave(design: TemplateDesign, edit: DesignEdit) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.forms.saveDraft.mutationOptions());
  const edited: object = 'model' in edit ? edit.model : edit.flow;
  const [saved, setSaved] = useState<{ value: object; at: Date | null }>(() => ({
    value: 'model' in edit ? design.model : design.flow,
    at: null,
  }));
  const [failed, setFailed] = useState<{ value: object; error: unknown } | null>(null);
  const inFlight = useRef<object | null>(null);
  const { mutateAsync } = save;
  const model = 'model' in edit ? edit.model : design.model;
  const flow = 'flow' in edit ? edit.flow : design.flow;

  const saveNow = useCallback(
    async (m: FormModel, f: Record<string, unknown>, value: object) => {
      if (inFlight.current) return;
      inFlight.current = value;
      try {
        await mutateAsync({
          templateId: design.templateId,
          key: design.key,
          title: m.title,
          serialPrefix: design.serialPrefix,
          draft: { model: m as unknown as Record<string, unknown>, flow: f },
        });
        setSaved({ value, at: new Date() });
        // the page may be drawn afresh (a phone turned, the layout switched): it then opens what was saved
        queryClient.setQueryData(trpc.forms.draft.queryKey({ templateId: design.templateId }), (old) =>
          old ? { ...old, draft: { model: m, flow: f } } : old,
        );
        setFailed(null);
      } catch (error) {
        setFailed({ value, error });
      } finally {
        inFlight.current = null;
      }
    },
    [design, mutateAsync, queryClient, trpc],
  );

  const dirty = edited !== saved.value;
  const failedNow = failed?.value === edited;
  useEffect(() => {
    if (!dirty || failedNow || save.isPending) return;
    const timer = setTimeout(() => void saveNow(model, flow, edited), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, failedNow, model, flow, edited, save.isPending, saveNow]);

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
    retry: () => void saveNow(model, flow, edited),
    flush: () => saveNow(model, flow, edited),
  };
}
