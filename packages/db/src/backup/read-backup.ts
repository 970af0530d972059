import { backupError } from './backup-error.js';
import { compareCodeUnits, type Catalog, type Fingerprint, type TableFingerprint } from './backup-catalog.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type BackupTrailer,
} from './backup-format.js';

/*
 * Reading a backup back: its lines parsed and each part checked against the others (header,
 * table sections, trailer) and against the target's tables, before and while rows are restored.
 */
export interface NumberedLine {
  no: number;
  text: string;
}

/** Non-blank lines with their 1-based line numbers (a trailing `\r` is dropped). */
export async function* numberedLines(lines: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  let no = 0;
  for await (const raw of lines) {
    no += 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() !== '') yield { no, text };
  }
}

export const notABackup = (zh: string, en: string) =>
  backupError(
    'bad_format',
    `这不是有效的 Signoff 备份文件：${zh}`,
    `This is not a valid Signoff backup file: ${en}`,
  );

export function parseJson(line: NumberedLine): unknown {
  try {
    return JSON.parse(line.text);
  } catch {
    throw backupError(
      'bad_format',
      `备份文件第 ${line.no} 行已损坏（不是有效的 JSON）`,
      `Line ${line.no} of the backup is corrupted (not valid JSON)`,
    );
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseHeader(line: NumberedLine): BackupHeader {
  const value = parseJson(line);
  if (!isRecord(value) || value.format !== BACKUP_FORMAT)
    throw notABackup('缺少文件头', 'no signoff-backup header');
  if (value.version !== BACKUP_FORMAT_VERSION) {
    throw backupError(
      'bad_format',
      `不支持的备份格式版本 ${String(value.version)}（本程序支持 ${BACKUP_FORMAT_VERSION}）`,
      `Unsupported backup format version ${String(value.version)} (this code reads version ${BACKUP_FORMAT_VERSION})`,
    );
  }
  const tables = value.tables;
  const wellFormed =
    Number.isInteger(value.schemaVersion) &&
    typeof value.createdAt === 'string' &&
    Array.isArray(tables) &&
    tables.every(
      (t) =>
        isRecord(t) &&
        typeof t.name === 'string' &&
        Array.isArray(t.columns) &&
        t.columns.every((c) => isRecord(c) && typeof c.name === 'string' && typeof c.type === 'string') &&
        Array.isArray(t.primaryKey),
    );
  if (!wellFormed) throw notABackup('文件头格式错误', 'malformed header');
  return value as unknown as BackupHeader;
}

export function checkTablesMatch(header: BackupHeader, catalog: Catalog): void {
  const mismatch = (zh: string, en: string) =>
    backupError(
      'schema_mismatch',
      `目标数据库的结构与备份不一致：${zh}`,
      `The target database's schema does not match the backup: ${en}`,
    );
  const target = new Map(catalog.tables.map((t) => [t.name, t]));
  const names = new Set<string>();
  for (const t of header.tables) {
    if (names.has(t.name)) throw notABackup(`表 ${t.name} 重复`, `table ${t.name} listed twice`);
    names.add(t.name);
    const here = target.get(t.name);
    if (!here) throw mismatch(`缺少表 ${t.name}`, `table ${t.name} is missing`);
    const want = t.columns.map((c) => c.name).join(',');
    const got = here.columns.map((c) => c.name).join(',');
    if (want !== got)
      throw mismatch(
        `表 ${t.name} 的列不同`,
        `table ${t.name} has different columns (${got} instead of ${want})`,
      );
  }
  const extra = catalog.tables.filter((t) => !names.has(t.name)).map((t) => t.name);
  if (extra.length > 0)
    throw mismatch(`备份中没有表 ${extra.join(', ')}`, `the backup has no table ${extra.join(', ')}`);
}

export function checkTable(name: string, got: TableFingerprint, want: Record<string, unknown>): void {
  if (want.rows !== got.rows || want.checksum !== got.checksum) {
    throw backupError(
      'checksum_mismatch',
      `备份中表 ${name} 的数据与校验和不符（读到 ${got.rows} 行，应为 ${String(want.rows)} 行）：文件已损坏或被改动，数据库未作任何改动`,
      `The rows of table ${name} in the backup do not match its checksum (read ${got.rows}, expected ${String(want.rows)}): the file is damaged or was altered. Nothing was changed`,
    );
  }
}

export function parseTrailer(value: Record<string, unknown>, no: number): BackupTrailer {
  const tables = value.tables;
  const ok =
    Number.isInteger(value.rows) &&
    isRecord(tables) &&
    Object.values(tables).every(
      (f) => isRecord(f) && Number.isInteger(f.rows) && typeof f.checksum === 'string',
    );
  if (!ok) throw notABackup(`第 ${no} 行：结尾格式错误`, `line ${no}: malformed trailer`);
  return value as unknown as BackupTrailer;
}

export function checkAgainstTrailer(header: BackupHeader, read: Fingerprint, trailer: BackupTrailer): void {
  const names = header.tables.map((t) => t.name);
  const listed = Object.keys(trailer.tables).sort(compareCodeUnits).join(',');
  if (listed !== [...names].sort(compareCodeUnits).join(',')) {
    throw backupError(
      'checksum_mismatch',
      '备份结尾列出的表与文件头不一致',
      "The backup's trailer does not list the same tables as its header",
    );
  }
  for (const name of names)
    checkTable(
      name,
      read[name] ?? { rows: 0, checksum: '' },
      trailer.tables[name] as unknown as Record<string, unknown>,
    );
  const total = Object.values(read).reduce((n, f) => n + f.rows, 0);
  if (total !== trailer.rows) {
    throw backupError(
      'checksum_mismatch',
      `备份的总行数不符（${total}，应为 ${trailer.rows}）`,
      `The backup's row total does not match (${total}, expected ${trailer.rows})`,
    );
  }
}
