import type { Localized } from '@signoff/org';

/** The one `Localized` of @signoff/schema (through @signoff/org, which db already depends on). */
export type LocalizedText = Localized;

/** A database outcome the user can act on (never a raw driver error, which may carry SQL). */
export class DbError extends Error {
  constructor(
    readonly code: 'conflict' | 'not_found' | 'duplicate',
    readonly messageKey: string,
    readonly localized: LocalizedText,
  ) {
    super(localized.en);
    this.name = 'DbError';
  }
}

export const conflictError = () =>
  new DbError('conflict', 'errors.conflict', {
    zh: '该申请刚被他人处理，请刷新后重试',
    en: 'Someone else acted on this request just now; reload and try again',
  });

export const notFoundError = (what: LocalizedText) =>
  new DbError('not_found', 'errors.notFound', { zh: `${what.zh}不存在`, en: `${what.en} was not found` });
