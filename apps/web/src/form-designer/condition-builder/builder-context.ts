import { createContext, useContext } from 'react';
import type { FormField, Locale } from '@signoff/schema';
import type { TFunction } from 'i18next';
import type { DraftGroup } from './condition-draft';
import type { RowStatus } from './row-check';

/** What every row and group of one builder shares, so the tree does not pass it down by hand. */
export interface BuilderContextValue {
  fields: readonly FormField[];
  ranks: readonly string[] | undefined;
  departments: readonly string[] | undefined;
  positions: readonly string[] | undefined;
  lang: Locale;
  t: TFunction;
  /** prefix for element ids (problem texts the controls point at) */
  idPrefix: string;
  statuses: ReadonlyMap<string, RowStatus>;
  /** a row's number on screen, from 1, for names like "field of condition 2" */
  numbers: ReadonlyMap<string, number>;
  edit: (fn: (root: DraftGroup, newId: () => string) => DraftGroup) => void;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const ctx = useContext(BuilderContext);
  if (!ctx) throw new Error('condition builder parts must be inside ConditionBuilder');
  return ctx;
}
