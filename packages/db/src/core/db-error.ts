import type { Localized, Problem, SignoffError } from '@signoff/org';

/**
 * The one `Localized` of @signoff/schema (through @signoff/org, which db already depends on),
 * under the name db's repositories and queries still use for their row types; not part of db's
 * face, where callers take `Localized` from @signoff/schema.
 */
export type LocalizedText = Localized;

/**
 * `unavailable`: the database could not be reached or dropped the connection. A call refused
 * before its transaction began changed nothing; one cut during COMMIT may have landed, so a
 * retry goes through the caller's own duplicate guard (idempotency keys, task states).
 */
export type DbErrorCode = 'conflict' | 'not_found' | 'duplicate' | 'unavailable';

/**
 * A database outcome the user can act on (never a raw driver error, which may carry SQL), on the
 * packages' `SignoffError` shape; it is always the one problem, so `details` is empty.
 */
export class DbError extends Error implements SignoffError<DbErrorCode> {
  readonly details: readonly Problem[] = [];

  constructor(
    readonly code: DbErrorCode,
    readonly messageKey: string,
    readonly localized: Localized,
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

export const notFoundError = (what: Localized) =>
  new DbError('not_found', 'errors.notFound', { zh: `${what.zh}不存在`, en: `${what.en} was not found` });

/** A transaction that kept meeting others (deadlocks, serialization failures) after its retries. */
export const busyError = () =>
  new DbError('conflict', 'errors.busy', {
    zh: '系统繁忙，请稍后重试',
    en: 'Signoff is busy right now; try again in a moment',
  });

/**
 * What a caller gets while the database is away (a restart, a failover, a pooler dropping its
 * server connection): a typed, retryable refusal rather than the driver's error (a 500 that may
 * name hosts and ports): a 503 at the HTTP surfaces, and the message says to retry.
 */
export const databaseUnavailableError = () =>
  new DbError('unavailable', 'errors.databaseUnavailable', {
    zh: '数据库暂时无法连接，请稍后重试',
    en: 'The database cannot be reached right now; try again in a moment',
  });
