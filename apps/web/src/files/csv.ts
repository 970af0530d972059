/** A CSV cell: quoted when it holds a comma, quote or line break; formulas defused for spreadsheets. */
export function csvCell(value: string): string {
  // a cell starting with = + - @ would run as a formula in Excel (CSV injection)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV that Excel opens as it is: a BOM (so Chinese is read as UTF-8), CRLF lines. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map((v) => csvCell(String(v))).join(',')).join('\r\n')}\r\n`;
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
