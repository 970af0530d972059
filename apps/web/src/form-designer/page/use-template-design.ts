import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { FormModel, Localized } from '@signoff/schema';
import { useTRPC } from '../../api/trpc';

/** What the designer opens: the form model, and what saving the draft needs besides it. */
export interface TemplateDesign {
  templateId: string;
  key: string;
  title: Localized;
  serialPrefix: string;
  model: FormModel;
  /** the route saved with the draft; null when the template has no draft yet (then it cannot be saved from here) */
  flow: Record<string, unknown> | null;
  /** the published version the draft is compared with before publishing */
  published: FormModel | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function draftParts(draft: unknown): { model: FormModel; flow: Record<string, unknown> } | null {
  if (!isRecord(draft) || !isRecord(draft.model) || !isRecord(draft.flow)) return null;
  return { model: draft.model as unknown as FormModel, flow: draft.flow };
}

/**
 * The template's draft, else its current published version. A template published without a draft
 * (the demo seed) has no route the designer could save with it.
 */
export function useTemplateDesign(templateId: string) {
  const trpc = useTRPC();
  const draft = useQuery({
    ...trpc.forms.draft.queryOptions({ templateId }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const hasVersion = draft.data?.currentVersionId != null;
  const published = useQuery({
    ...trpc.forms.get.queryOptions({ templateId }),
    enabled: hasVersion,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const waiting = draft.isPending || (hasVersion && published.isPending);
  const error = draft.error ?? (hasVersion ? published.error : null);
  const draftData = draft.data;
  const current = published.data?.model ?? null;
  // one object per answer from the server, so saving and diffing do not restart on every render
  const design = useMemo((): TemplateDesign | null => {
    if (waiting || error || !draftData) return null;
    const parts = draftParts(draftData.draft);
    const model = parts?.model ?? current;
    if (!model) return null;
    return {
      templateId,
      key: draftData.key,
      title: draftData.title,
      serialPrefix: draftData.serialPrefix,
      model,
      flow: parts?.flow ?? null,
      published: current,
    };
  }, [waiting, error, draftData, current, templateId]);
  return { design, waiting, error, refetchPublished: published.refetch };
}
