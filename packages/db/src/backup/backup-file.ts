import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { PassThrough, pipeline as pipe, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Database } from '../core/database.js';
import { backupError } from './backup-error.js';
import { backupDatabase, type BackupOptions, type BackupSummary } from './write-backup.js';

export interface BackupFileSummary extends BackupSummary {
  /** bytes of the file as written (compressed when it is gzip) */
  fileBytes: number;
  gzip: boolean;
}

/**
 * Backs the database up into a file, gzip-compressed when the name ends with `.gz`. The backup is
 * written next to the file and renamed over it only when complete, so a failed run never leaves
 * something that looks like a backup (nor destroys the previous one).
 */
export async function backupToFile(
  db: Database,
  path: string,
  options: BackupOptions = {},
): Promise<BackupFileSummary> {
  const gzip = path.endsWith('.gz');
  const partial = `${path}.partial`;
  const head = new PassThrough();
  const done = gzip
    ? pipeline(head, createGzip(), createWriteStream(partial))
    : pipeline(head, createWriteStream(partial));
  try {
    const summary = await backupDatabase(
      db,
      async (chunk) => {
        if (!head.write(chunk)) await drainedOrClosed(head);
        // a failed disk write destroys the pipeline: surface its error instead of writing on
        if (head.destroyed) await done;
      },
      options,
    );
    head.end();
    await done;
    await rename(partial, path);
    return { ...summary, fileBytes: (await stat(path)).size, gzip };
  } catch (e) {
    head.destroy();
    await done.catch(() => {});
    await rm(partial, { force: true });
    throw e;
  }
}

function drainedOrClosed(w: Writable): Promise<void> {
  return new Promise<void>((resolve) => {
    const settle = () => {
      w.off('drain', settle);
      w.off('close', settle);
      resolve();
    };
    w.on('drain', settle);
    w.on('close', settle);
  });
}

/** The lines of a backup file, gunzipped when it starts with the gzip magic bytes (whatever its name). */
export async function* readBackupLines(path: string): AsyncGenerator<string> {
  const handle = await open(path, 'r');
  const magic = Buffer.alloc(2);
  try {
    await handle.read(magic, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const raw = createReadStream(path);
  let source: Readable = raw;
  if (magic[0] === 0x1f && magic[1] === 0x8b) {
    // an error on either stream, or the reader stopping early, ends both
    source = pipe(raw, createGunzip(), () => {});
  }
  source.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of source as AsyncIterable<string>) {
      // search only the new text for line ends: a very long line stays linear
      let from = rest.length;
      rest += chunk;
      let start = 0;
      for (let nl = rest.indexOf('\n', from); nl >= 0; nl = rest.indexOf('\n', from)) {
        yield rest.slice(start, nl);
        start = from = nl + 1;
      }
      rest = rest.slice(start);
    }
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw backupError(
        'truncated',
        '压缩的备份文件不完整或已损坏，数据库未作任何改动',
        'The compressed backup file is incomplete or damaged. Nothing was changed',
      );
    }
    throw e;
  }
  if (rest !== '') yield rest;
}
