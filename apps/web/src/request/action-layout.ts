import type { RequestAction } from './request-detail';

/** The actions this page offers; reassigning and extending someone's task belong to the supervision desk. */
export type PageAction = Exclude<RequestAction, 'reassign' | 'extend'>;

/** Which two actions earn the thumb-reach buttons: the step's decision first, then its opposite. */
const MAIN_ORDER: readonly PageAction[] = [
  'approve',
  'done',
  'read',
  'resubmit',
  'reject',
  'return',
  'urge',
  'withdraw',
  'acknowledge',
  'comment',
  'transfer',
  'addSigner',
  'cancel',
];

/** The order of the rest, in the "more" sheet and on the desktop bar. */
const MORE_ORDER: readonly PageAction[] = ['acknowledge', 'return', 'transfer', 'addSigner', 'urge', 'comment', 'withdraw', 'reject', 'cancel'];

export const DANGER: ReadonlySet<PageAction> = new Set<PageAction>(['reject', 'withdraw', 'cancel']);

const isPageAction = (a: RequestAction): a is PageAction => a !== 'reassign' && a !== 'extend';

export interface ActionLayout {
  /** the primary action first, then the second main one */
  main: PageAction[];
  more: PageAction[];
}

/** Splits what the engine allows the caller now into the two main buttons and the rest. */
export function actionLayout(available: readonly RequestAction[]): ActionLayout {
  const allowed = new Set(available.filter(isPageAction));
  const main = MAIN_ORDER.filter((a) => allowed.has(a)).slice(0, 2);
  const more = [...MORE_ORDER, ...MAIN_ORDER].filter((a, i, all) => allowed.has(a) && !main.includes(a) && all.indexOf(a) === i);
  return { main, more };
}
