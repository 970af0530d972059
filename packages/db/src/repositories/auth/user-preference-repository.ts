import type { Queryable } from '../../core/database.js';

/** A person's own settings; a person who never changed one has the defaults. */
export interface UserPreferences {
  /** notices also by e-mail (in-app notices are always kept) */
  emailNotices: boolean;
  /** "my saved signature": an image attachment the person uploaded */
  signatureAttachmentId: string | null;
}

export const DEFAULT_USER_PREFERENCES: UserPreferences = { emailNotices: true, signatureAttachmentId: null };

export async function getUserPreferences(
  tx: Queryable,
  tenantId: string,
  userId: string,
): Promise<UserPreferences> {
  const rows = await tx.query<{ email_notices: boolean; signature_attachment_id: string | null }>(
    'SELECT email_notices, signature_attachment_id FROM user_preferences WHERE tenant_id = $1 AND user_id = $2',
    [tenantId, userId],
  );
  const r = rows[0];
  return r
    ? { emailNotices: r.email_notices, signatureAttachmentId: r.signature_attachment_id }
    : { ...DEFAULT_USER_PREFERENCES };
}

export async function saveEmailNotices(
  tx: Queryable,
  tenantId: string,
  userId: string,
  emailNotices: boolean,
  at: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO user_preferences (tenant_id, user_id, email_notices, updated_at) VALUES ($1,$2,$3,$4)
     ON CONFLICT (tenant_id, user_id) DO UPDATE SET email_notices = excluded.email_notices, updated_at = excluded.updated_at`,
    [tenantId, userId, emailNotices, at],
  );
}

export async function saveSignatureReference(
  tx: Queryable,
  tenantId: string,
  userId: string,
  attachmentId: string | null,
  at: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO user_preferences (tenant_id, user_id, signature_attachment_id, updated_at) VALUES ($1,$2,$3,$4)
     ON CONFLICT (tenant_id, user_id) DO UPDATE SET signature_attachment_id = excluded.signature_attachment_id, updated_at = excluded.updated_at`,
    [tenantId, userId, attachmentId, at],
  );
}

/**
 * Where to e-mail each of these people: those with an address who have not turned e-mail notices
 * off. One query for a whole notice batch, whatever the size of the tenant.
 */
export async function emailRecipients(
  tx: Queryable,
  tenantId: string,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx.query<{ id: string; email: string }>(
    `SELECT u.id, u.email FROM users u
       LEFT JOIN user_preferences p ON p.tenant_id = u.tenant_id AND p.user_id = u.id
      WHERE u.tenant_id = $1 AND u.id = ANY($2::text[]) AND u.email IS NOT NULL AND u.email <> '' AND coalesce(p.email_notices, true)`,
    [tenantId, [...new Set(userIds)]],
  );
  return new Map(rows.map((r) => [r.id, r.email]));
}
