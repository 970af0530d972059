import { appErrorOf, errorText } from '../../api/app-error';
import type { Lang } from '../../i18n/i18n';

/** Which row a problem belongs to: the server's subjects are `department:<id>`, `position:<id>`, … */
export type OrgSubject = `${'department' | 'position' | 'rank' | 'supervision' | 'user'}:${string}`;

export interface RowProblem {
  subject: OrgSubject;
  text: string;
}

/**
 * The sentence to show on the row a refused write names. The whole-org check lists a reason per
 * subject; when some name this row only those are shown, otherwise (a delete guard's conflict, a
 * duplicate name, a network failure) the error's own sentence.
 */
export function problemText(error: unknown, subject: OrgSubject, lang: Lang): string {
  const own = (appErrorOf(error)?.fieldErrors ?? []).filter((f) => f.path === subject);
  if (own.length === 0) return errorText(error, lang);
  return own.map((f) => f.message[lang] || f.message.zh).join(lang === 'zh' ? '；' : '; ');
}

export const problemOn = (problem: RowProblem | null, subject: OrgSubject): string | null =>
  problem?.subject === subject ? problem.text : null;
