import type { Localized } from '@signoff/schema';
import { errorText } from '../../api/app-error';
import type { Lang } from '../../i18n/i18n';

/** A text carried in both languages: the BPMN export's refusals, this folder's own errors. */
export class LocalizedError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

const localizedOf = (e: unknown): Localized | undefined => {
  if (!(e instanceof Error) || !('localized' in e)) return undefined;
  const l = e.localized as { zh?: unknown; en?: unknown } | null;
  return l && typeof l.zh === 'string' && typeof l.en === 'string' ? { zh: l.zh, en: l.en } : undefined;
};

/**
 * What went wrong, in the page's language: an error that says it in both (a `BpmnExportError`,
 * read by shape so the BPMN package need not load to show it), else the server's words.
 */
export function errorWords(e: unknown, lang: Lang): string {
  const l = localizedOf(e);
  return l ? l[lang] || l.zh : errorText(e, lang);
}
