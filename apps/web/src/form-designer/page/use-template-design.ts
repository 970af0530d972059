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
  /** the route saved with the draft (for a template without one, the published version's route) */
  flow: Record<string, unknown>;
  /** the published version the draft started from, when the server knows it */
  basedOnVersion: number | null;
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
 * The form of an answer in the draft's shape: a draft row (`{ draft: { model, flow } }`) or the
 * draft itself (`{ model, flow }`); read by shape, as forms.version is newer than this page.
 */
export function modelOfDraftShape(answer: unknown): FormModel | null {
  if (!isRecord(answer)) return null;
  const inner = isRecord(answer.draft) ? answer.draft : answer;
  return isRecord(inner.model) ? (inner.model as unknown as FormModel) : null;
}

/** Why the designer cannot open a template whose load succeeded. */
export type DesignLoadProblem = 'noContent';

const basedOn = (row: object): number | null => {
  const v: unknown = (row as Record<string, unknown>).basedOnVersion;
  return typeof v === 'number' ? v : null;
};

/**
 * The template's draft. For a template published without one (the demo seed) the server answers
 * with the current version's form and route in the draft's shape, so it opens editable too.
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
    if (!parts) return null;
    return {
      templateId,
      key: draftData.key,
      title: draftData.title,
      serialPrefix: draftData.serialPrefix,
      model: parts.model,
      flow: parts.flow,
      basedOnVersion: basedOn(draftData),
      published: current,
    };
  }, [waiting, error, draftData, current, templateId]);
  // the server answered but with nothing to edit: a clear message rather than an empty canvas
  const problem: DesignLoadProblem | null = !waiting && !error && draftData && !design ? 'noContent' : null;
  return { design, waiting, error, problem, refetchPublished: published.refetch };
}
