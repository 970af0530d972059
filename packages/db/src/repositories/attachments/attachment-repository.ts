import type { Queryable } from '../../core/database.js';

/** One uploaded file's record; the bytes are in a BlobStore under `storageKey`. */
export interface AttachmentRow {
  id: string;
  instanceId: string | null;
  uploaderId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  createdAt: string;
}

type AttachmentRecord = {
  id: string;
  instance_id: string | null;
  uploader_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number | string;
  sha256: string;
  storage_key: string;
  created_at: string | Date;
};

const toAttachment = (r: AttachmentRecord): AttachmentRow => ({
  id: r.id,
  instanceId: r.instance_id,
  uploaderId: r.uploader_id,
  fileName: r.file_name,
  contentType: r.content_type,
  size: Number(r.size_bytes),
  sha256: r.sha256,
  storageKey: r.storage_key,
  createdAt: new Date(r.created_at).toISOString(),
});

export async function insertAttachment(tx: Queryable, tenantId: string, a: AttachmentRow): Promise<void> {
  await tx.query(
    `INSERT INTO attachments (tenant_id, id, instance_id, uploader_id, file_name, content_type, size_bytes, sha256, storage_key, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
    [
      tenantId,
      a.id,
      a.instanceId,
      a.uploaderId,
      a.fileName,
      a.contentType,
      a.size,
      a.sha256,
      a.storageKey,
      a.createdAt,
    ],
  );
}

export async function getAttachment(
  tx: Queryable,
  tenantId: string,
  id: string,
): Promise<AttachmentRow | null> {
  const rows = await tx.query<AttachmentRecord>(
    'SELECT * FROM attachments WHERE tenant_id = $1 AND id = $2',
    [tenantId, id],
  );
  return rows[0] ? toAttachment(rows[0]) : null;
}

export async function listAttachmentsOfInstance(
  tx: Queryable,
  tenantId: string,
  instanceId: string,
): Promise<AttachmentRow[]> {
  const rows = await tx.query<AttachmentRecord>(
    'SELECT * FROM attachments WHERE tenant_id = $1 AND instance_id = $2 ORDER BY created_at, id',
    [tenantId, instanceId],
  );
  return rows.map(toAttachment);
}

/**
 * Attaches the uploader's own, not yet attached files to a request; returns the ids it attached.
 * Someone else's file, or one already on a request, is left alone.
 */
export async function linkAttachments(
  tx: Queryable,
  tenantId: string,
  input: { ids: string[]; instanceId: string; uploaderId: string },
): Promise<string[]> {
  if (input.ids.length === 0) return [];
  const rows = await tx.query<{ id: string }>(
    `UPDATE attachments SET instance_id = $3
      WHERE tenant_id = $1 AND id = ANY($2::text[]) AND uploader_id = $4 AND instance_id IS NULL RETURNING id`,
    [tenantId, input.ids, input.instanceId, input.uploaderId],
  );
  return rows.map((r) => r.id);
}

/**
 * Deletes an upload; a user whose saved signature it was keeps no signature. One statement: the
 * key from user_preferences checks at its end, when the CTE has cleared the reference (the key
 * cannot null it itself on Citus, see migration 0051).
 */
export async function deleteAttachment(tx: Queryable, tenantId: string, id: string): Promise<boolean> {
  return (
    (
      await tx.query<{ id: string }>(
        `WITH cleared AS (
           UPDATE user_preferences SET signature_attachment_id = NULL
            WHERE tenant_id = $1 AND signature_attachment_id = $2
         )
         DELETE FROM attachments WHERE tenant_id = $1 AND id = $2 RETURNING id`,
        [tenantId, id],
      )
    ).length > 0
  );
}

/** PGlite gives a Uint8Array for bytea, postgres.js a Buffer: callers get a Buffer either way. */
const asBuffer = (v: unknown): Buffer => {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  throw new Error('unexpected bytea value');
};

export async function putBlob(
  tx: Queryable,
  tenantId: string,
  key: string,
  bytes: Uint8Array,
): Promise<void> {
  await tx.query(
    'INSERT INTO attachment_blobs (tenant_id, id, bytes) VALUES ($1, $2, $3) ON CONFLICT (tenant_id, id) DO UPDATE SET bytes = EXCLUDED.bytes',
    [tenantId, key, asBuffer(bytes)],
  );
}

export async function getBlob(tx: Queryable, tenantId: string, key: string): Promise<Buffer | null> {
  const rows = await tx.query<{ bytes: unknown }>(
    'SELECT bytes FROM attachment_blobs WHERE tenant_id = $1 AND id = $2',
    [tenantId, key],
  );
  return rows[0] ? asBuffer(rows[0].bytes) : null;
}

export async function deleteBlob(tx: Queryable, tenantId: string, key: string): Promise<boolean> {
  return (
    (
      await tx.query<{ id: string }>(
        'DELETE FROM attachment_blobs WHERE tenant_id = $1 AND id = $2 RETURNING id',
        [tenantId, key],
      )
    ).length > 0
  );
}
