import type { LocalizedText } from '../core/db-error.js';

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
 * A backup or restore that was refused. Restores fail inside their one transaction, so whenever
 * this is thrown by `restoreDatabase` the target is exactly as it was before.
 */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly localized: LocalizedText,
  ) {
    super(localized.en);
    this.name = 'BackupError';
  }

  get messageKey(): string {
    return `errors.backup.${this.code}`;
  }
}

export const backupError = (code: BackupErrorCode, zh: string, en: string) =>
  new BackupError(code, { zh, en });
