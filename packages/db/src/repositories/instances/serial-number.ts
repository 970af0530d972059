import type { Queryable } from '../../core/database.js';
import type { AuditEntry } from '../audit/audit-log.js';

/**
 * The next number in a template's period. The upsert takes the counter row's lock until the
 * submit transaction ends, so concurrent submits queue, and a rolled-back submit gives its
 * number back: the sequence has no gaps and no duplicates. A submit takes its number with
 * `takeSerialNumber` instead, as its last statement; this stays for callers that need the bare value.
 */
export async function nextSerialValue(
  tx: Queryable,
  tenantId: string,
  templateId: string,
  period: string,
): Promise<number> {
  const rows = await tx.query<{ value: number }>(
    `INSERT INTO serial_counters (tenant_id, template_id, period, value) VALUES ($1, $2, $3, 1)
     ON CONFLICT (tenant_id, template_id, period) DO UPDATE SET value = serial_counters.value + 1
     RETURNING value`,
    [tenantId, templateId, period],
  );
  return rows[0]?.value ?? 1;
}

/** `QJ-202611-0007`: prefix, year and month of submission, four-digit sequence. */
export function formatSerialNumber(prefix: string, period: string, value: number): string {
  return `${prefix}-${period}-${String(value).padStart(4, '0')}`;
}

/**
 * How a number prints: `head` then the value, zero-padded to `width` digits (never cut, as
 * padStart): `{ head: 'QJ-202611-', width: 4 }` prints 7 as `QJ-202611-0007`.
 */
export interface SerialLayout {
  head: string;
  width: number;
}

/** The number's stand-in until it is taken: unique per instance, unchanged by JSON escaping. */
export const serialPlaceholder = (instanceId: string): string => `@@serial:${instanceId}@@`;

export interface SerialTaking {
  tenantId: string;
  templateId: string;
  period: string;
  layout: SerialLayout;
  /** the instance inserted with `serialPlaceholder(instanceId)` as its number */
  instanceId: string;
  /** rows of this transaction whose JSON holds the placeholder (notices, e-mails, webhook payloads) */
  notificationIds: readonly string[];
  jobIds: readonly string[];
  deliveryIds: readonly string[];
  /** appended in the same statement (as appendAudit would), the placeholder in its data replaced */
  audit: AuditEntry;
}

/**
 * Takes the submit's serial number as its last statement before COMMIT, so the counter row's
 * lock, which queues every submit of the template, is held only for that statement and the
 * commit (issue 15). Everything that names the number was written before with the placeholder;
 * this one statement increments the counter, prints the number, and puts it in the instance row,
 * the rows listed and the audit entry. Still one transaction: a rollback gives the number back.
 * It must reach the database as a statement of its own, after the rows it rewrites: the CTEs of
 * one statement share a snapshot, so it would not see rows inserted beside it (never fold it into
 * a batch of deferred writes; a coalescing transaction flushes those before it, which is right).
 */
export async function takeSerialNumber(tx: Queryable, t: SerialTaking): Promise<string> {
  const rows = await tx.query<{ serial_no: string }>(
    `WITH n AS (
       INSERT INTO serial_counters (tenant_id, template_id, period, value) VALUES ($1, $2, $3, 1)
       ON CONFLICT (tenant_id, template_id, period) DO UPDATE SET value = serial_counters.value + 1
       RETURNING value::text AS v),
     s AS (
       SELECT $4 || CASE WHEN length(v) >= $5 THEN v ELSE lpad(v, $5, '0') END AS serial_no FROM n),
     -- the number as it sits inside a JSON string: escaped, without the quotes
     j AS (SELECT serial_no, substr(to_json(serial_no)::text, 2, length(to_json(serial_no)::text) - 2) AS esc FROM s),
     i AS (UPDATE instances SET serial_no = j.serial_no FROM j WHERE tenant_id = $1 AND id = $6 RETURNING 1),
     nt AS (UPDATE notifications r SET data = replace(r.data::text, $7, j.esc)::jsonb FROM j
             WHERE r.tenant_id = $1 AND r.id = ANY($8::text[]) AND strpos(r.data::text, $7) > 0 RETURNING 1),
     jb AS (UPDATE jobs r SET payload = replace(r.payload::text, $7, j.esc)::jsonb FROM j
             WHERE r.tenant_id = $1 AND r.id = ANY($9::text[]) AND strpos(r.payload::text, $7) > 0 RETURNING 1),
     wd AS (UPDATE webhook_deliveries r SET payload = replace(r.payload::text, $7, j.esc)::jsonb FROM j
             WHERE r.tenant_id = $1 AND r.id = ANY($10::text[]) AND strpos(r.payload::text, $7) > 0 RETURNING 1),
     a AS (INSERT INTO audit_log (tenant_id, at, actor_id, action, subject, data)
             SELECT $1, $11::timestamptz, $12, $13, $14, replace($15, $7, j.esc)::jsonb FROM j RETURNING 1)
     SELECT serial_no FROM j`,
    [
      t.tenantId,
      t.templateId,
      t.period,
      t.layout.head,
      t.layout.width,
      t.instanceId,
      serialPlaceholder(t.instanceId),
      [...t.notificationIds],
      [...t.jobIds],
      [...t.deliveryIds],
      t.audit.at,
      t.audit.actorId,
      t.audit.action,
      t.audit.subject,
      JSON.stringify(t.audit.data ?? {}),
    ],
  );
  const serialNo = rows[0]?.serial_no;
  if (serialNo === undefined) throw new Error('the serial counter returned no value');
  return serialNo;
}
