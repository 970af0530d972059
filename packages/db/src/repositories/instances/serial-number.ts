import type { Queryable } from '../../core/database.js';

/**
 * The next number in a template's period. The upsert takes the counter row's lock until the
 * submit transaction ends, so concurrent submits queue, and a rolled-back submit gives its
 * number back: the sequence has no gaps and no duplicates.
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
