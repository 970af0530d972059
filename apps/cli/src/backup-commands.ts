import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  BackupError,
  backupToFile,
  databaseFingerprint,
  loadMigrations,
  openDatabase,
  readBackupLines,
  restoreDatabase,
  type Database,
  type TableProgress,
} from '@signoff/db';

const dataDirOption = ['--data-dir <dir>', 'where the embedded database keeps its files (ignored with DATABASE_URL)', './data/pglite'] as const;

const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

/** Progress goes to stderr, so stdout stays the summary (and scripts can keep it). */
const progress = (verb: string) => (p: TableProgress) => {
  if (p.done) process.stderr.write(`  ${verb} [${String(p.index).padStart(2)}/${p.total}] ${p.table.padEnd(24)} ${String(p.rows).padStart(9)} rows\n`);
};

const seconds = (startedAt: number) => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;

const failure = (zh: string, en: string) => Object.assign(new Error(en), { localized: { zh, en } });

/**
 * PGlite has no lock of its own: a second process opening a data directory that a running server
 * uses would corrupt it. PGlite keeps `postmaster.pid` there while the database is open.
 */
function refuseLiveDataDir(dataDir: string): void {
  if (process.env.DATABASE_URL) return;
  const pid = join(dataDir, 'postmaster.pid');
  if (existsSync(pid)) {
    throw failure(
      `数据目录 ${dataDir} 正被使用（存在 ${pid}）：请先停止 Signoff 再备份或恢复。若 Signoff 并未运行，说明上次未正常退出：启动后正常停止一次即可`,
      `The data directory ${dataDir} is in use (${pid} exists): stop Signoff before backing up or restoring. If Signoff is not running, its last run did not shut down cleanly: start it and stop it once`,
    );
  }
}

async function withDatabase<T>(dataDir: string, fn: (db: Database) => Promise<T>): Promise<T> {
  refuseLiveDataDir(dataDir);
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

const where = (dataDir: string) => (process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${dataDir}`);

/** `signoff backup` and `signoff restore`: a logical, checksummed backup of the whole database, every company in it. */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description('write a consistent backup of the whole database (every company) to a file; a name ending in .gz is compressed')
    .option(...dataDirOption)
    .action(async (file: string, f: { dataDir: string }) => {
      if (!process.env.DATABASE_URL && !existsSync(f.dataDir)) {
        throw failure(`没有找到数据库：数据目录 ${f.dataDir} 不存在`, `No database found: the data directory ${f.dataDir} does not exist`);
      }
      await mkdir(dirname(resolve(file)), { recursive: true });
      const startedAt = performance.now();
      process.stderr.write(`backing up ${where(f.dataDir)} / 正在备份\n`);
      const summary = await withDatabase(f.dataDir, (db) => backupToFile(db, file, { onProgress: progress('backed up') }));
      out(`backup written / 备份已写入: ${resolve(file)}`);
      out(`  schema version / 结构版本: ${summary.schemaVersion}`);
      out(`  tables / 表: ${summary.tables.length}   rows / 行: ${summary.rows}`);
      out(`  bytes / 字节: ${summary.fileBytes}${summary.gzip ? ` (gzip; ${summary.bytes} uncompressed / 未压缩)` : ''}`);
      out(`  time / 用时: ${seconds(startedAt)}`);
    });

  program
    .command('restore <file>')
    .description('replace the database with a backup, all or nothing; every table\'s rows and checksum are checked before it is committed')
    .option(...dataDirOption)
    .option('--yes', 'replace a database that already holds data (all of its rows, every company)')
    .option('--verify', "afterwards, read the database back and print each table's rows and checksum against the backup's")
    .action(async (file: string, f: { dataDir: string; yes?: boolean; verify?: boolean }) => {
      const found = await stat(file).catch(() => null);
      if (!found?.isFile()) throw failure(`备份文件不存在：${file}`, `Backup file not found: ${file}`);
      const startedAt = performance.now();
      process.stderr.write(`restoring into ${where(f.dataDir)} / 正在恢复\n`);
      await withDatabase(f.dataDir, async (db) => {
        const summary = await restoreDatabase(db, readBackupLines(file), { overwrite: f.yes === true, onProgress: progress('restored') }).catch(
          (e: unknown) => {
            if (e instanceof BackupError && e.code === 'not_empty') {
              throw failure(
                `${e.localized.zh}。如确要用备份替换其中的全部数据（所有企业），请加 --yes`,
                `${e.localized.en}. To replace all of it (every company) with the backup, add --yes`,
              );
            }
            throw e;
          },
        );
        out(`restored / 已恢复: ${resolve(file)} (taken / 备份于 ${summary.createdAt})`);
        out(`  schema version / 结构版本: ${summary.schemaVersion}${summary.migrated.length > 0 ? ` (created with migrations / 已建表: ${summary.migrated.join(', ')})` : ''}`);
        out(`  tables / 表: ${summary.tables.length}   rows / 行: ${summary.rows}   replaced rows / 替换的旧行: ${summary.replacedRows}`);
        out(`  counts and checksums verified / 行数与校验和已核对`);
        const latest = Math.max(0, ...(await loadMigrations()).map((m) => m.version));
        if (summary.schemaVersion < latest) {
          out(`  Signoff migrates it from version ${summary.schemaVersion} to ${latest} when it next starts / 下次启动时会自动升级到版本 ${latest}`);
        }
        if (f.verify) {
          const now = await databaseFingerprint(db);
          let bad = 0;
          for (const t of summary.tables) {
            const got = now[t.name];
            const ok = got?.rows === t.rows && got.checksum === t.checksum;
            if (!ok) bad += 1;
            out(`  ${ok ? 'ok      ' : 'MISMATCH'} ${t.name.padEnd(24)} ${String(got?.rows ?? 0).padStart(9)} rows  ${(got?.checksum ?? '').slice(0, 16)}`);
          }
          if (bad > 0) throw failure(`${bad} 个表与备份不一致`, `${bad} tables do not match the backup`);
          out(`  verified / 复核一致: ${summary.tables.length} tables`);
        }
        out(`  time / 用时: ${seconds(startedAt)}`);
      });
    });
}
