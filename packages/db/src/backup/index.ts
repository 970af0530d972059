// Logical backup and restore, step by step: the table catalogue, writing, reading and verifying, restoring, files.
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type BackupTable,
  type BackupTrailer,
  type TableProgress,
} from './backup-format.js';
export { backupDatabase, type BackupOptions, type BackupSummary } from './write-backup.js';
export { restoreDatabase, type RestoreOptions, type RestoreSummary } from './restore-database.js';
export { databaseFingerprint, type Fingerprint, type TableFingerprint } from './backup-catalog.js';
export { backupToFile, readBackupLines, type BackupFileSummary } from './backup-file.js';
export { BackupError, type BackupErrorCode } from './backup-error.js';
