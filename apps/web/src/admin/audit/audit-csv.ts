import { csvCell } from '../../files/csv';
import type { AuditRow } from './audit-query';

/**
 * The entries as a CSV file Excel opens correctly: a BOM (so Chinese is read as UTF-8), CRLF lines,
 * the person's name beside their id, and the data as JSON.
 */
export function auditCsv(
  rows: readonly AuditRow[],
  headers: readonly string[],
  nameOf: (id: string) => string,
): string {
  const lines = [headers.map(csvCell).join(',')];
  for (const r of rows)
    lines.push(
      [
        String(r.seq),
        r.at,
        r.actorId ?? '',
        r.actorId ? nameOf(r.actorId) : '',
        r.action,
        r.subject,
        JSON.stringify(r.data),
        r.hash ?? '',
      ]
        .map(csvCell)
        .join(','),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
