import type { Localized, Problem, SignoffError } from '@signoff/org';

export type BackupErrorCode =
  /** not a Signoff backup, an unknown format version, or a line that does not parse */
  | 'bad_format'
  /** the file ends before its trailer */
  | 'truncated'
  /** made by a newer Signoff whose migrations this code does not have */
  | 'newer_schema'
  /** the target's tables or schema version do not match the backup's */
  | 'schema_mismatch'
  /** the rows read do not match the trailer's counts or checksums */
  | 'checksum_mismatch'
  /** the restored tables do not read back as the backup says they should */
  | 'verify_failed'
  /** the target already holds data and overwriting was not allowed */
  | 'not_empty';

/**
 * A backup or restore that was refused, on the packages' `SignoffError` shape (one problem, so
 * `details` is empty). Restores fail inside their one transaction, so whenever this is thrown by
 * `restoreDatabase` the target is exactly as it was before.
 */
export class BackupError extends Error implements SignoffError<BackupErrorCode> {
  readonly messageKey: string;
  readonly details: readonly Problem[] = [];

  constructor(
    readonly code: BackupErrorCode,
    readonly localized: Localized,
  ) {
    super(localized.en);
    this.name = 'BackupError';
    this.messageKey = `errors.backup.${code}`;
  }
}

export const backupError = (code: BackupErrorCode, zh: string, en: string) =>
  new BackupError(code, { zh, en });
