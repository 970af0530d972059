import type { Queryable } from '../../core/database.js';
import type { TaskMirror } from './instance-repository.js';
import { syncTasks } from './instance-repository.js';

/** Where an imported request came from: the import, the workbook and the row. */
export interface ImportedFrom {
  importId: string;
  file: string;
  sheet: string;
  row: number;
}

/** A serial number already taken in the tenant, by which template, and whether by an import. */
export interface TakenSerial {
  templateId: string;
  imported: boolean;
}

/** Which of these serial numbers the tenant already has. */
export async function takenSerials(
  tx: Queryable,
  tenantId: string,
  serials: readonly string[],
): Promise<Map<string, TakenSerial>> {
  if (serials.length === 0) return new Map();
  const rows = await tx.query<{ serial_no: string; template_id: string; imported: boolean }>(
    `SELECT serial_no, template_id, imported_from IS NOT NULL AS imported FROM instances
      WHERE tenant_id = $1 AND serial_no = ANY($2::text[])`,
    [tenantId, [...new Set(serials)]],
  );
  return new Map(rows.map((r) => [r.serial_no, { templateId: r.template_id, imported: r.imported }]));
}

export interface ImportedInstance {
  id: string;
  templateId: string;
  versionId: string;
  serialNo: string;
  applicantId: string;
  data: Record<string, unknown>;
  /** a finished engine state: its tasks and events are the other system's approval chain */
  state: unknown;
  status: 'approved' | 'rejected';
  createdAt: string;
  finishedAt: string;
  importedFrom: ImportedFrom;
  tasks: readonly TaskMirror[];
}

/** Stores a finished request of another system with its tasks, so the inbox and the statistics read it like any other. */
export async function insertImportedInstance(
  tx: Queryable,
  tenantId: string,
  i: ImportedInstance,
): Promise<void> {
  await tx.query(
    `INSERT INTO instances (tenant_id, id, template_id, version_id, serial_no, applicant_id, data, state, status,
       created_at, updated_at, finished_at, imported_from)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$11,$12)`,
    [
      tenantId,
      i.id,
      i.templateId,
      i.versionId,
      i.serialNo,
      i.applicantId,
      JSON.stringify(i.data),
      JSON.stringify(i.state),
      i.status,
      i.createdAt,
      i.finishedAt,
      JSON.stringify(i.importedFrom),
    ],
  );
  await syncTasks(tx, tenantId, i.id, i.tasks);
}

/**
 * Keeps the template's own numbering ahead of imported numbers of its classic form
 * (`<prefix>-YYYYMM-NNNN`): a request filed later in that month must not draw a number an
 * import already used.
 */
export async function raiseSerialCounter(
  tx: Queryable,
  tenantId: string,
  templateId: string,
  period: string,
  value: number,
): Promise<void> {
  await tx.query(
    `INSERT INTO serial_counters (tenant_id, template_id, period, value) VALUES ($1, $2, $3, $4)
     ON CONFLICT (tenant_id, template_id, period) DO UPDATE SET value = greatest(serial_counters.value, EXCLUDED.value)`,
    [tenantId, templateId, period, value],
  );
}

export interface HistoryImportRecord {
  id: string;
  fileName: string;
  /** SHA-256 of the file, hex */
  fileHash: string;
  imported: number;
  unchanged: number;
  createdAt: string;
  /** null: the command line */
  createdBy: string | null;
}

export async function recordHistoryImport(
  tx: Queryable,
  tenantId: string,
  r: HistoryImportRecord,
): Promise<void> {
  await tx.query(
    `INSERT INTO history_imports (tenant_id, id, file_name, file_hash, imported, unchanged, created_at, created_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [tenantId, r.id, r.fileName, r.fileHash, r.imported, r.unchanged, r.createdAt, r.createdBy],
  );
}

/** The first import of a file with this content, if it was imported before. */
export async function firstImportOfFile(
  tx: Queryable,
  tenantId: string,
  fileHash: string,
): Promise<HistoryImportRecord | null> {
  const rows = await tx.query<{
    id: string;
    file_name: string;
    file_hash: string;
    imported: number;
    unchanged: number;
    created_at: Date | string;
    created_by: string | null;
  }>(
    `SELECT id, file_name, file_hash, imported, unchanged, created_at, created_by FROM history_imports
      WHERE tenant_id = $1 AND file_hash = $2 ORDER BY created_at, id LIMIT 1`,
    [tenantId, fileHash],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    fileName: r.file_name,
    fileHash: r.file_hash,
    imported: r.imported,
    unchanged: r.unchanged,
    createdAt: new Date(r.created_at).toISOString(),
    createdBy: r.created_by,
  };
}
