/** Where an error lands: a field, or one cell of a table's row. */
export interface ErrorTarget {
  key: string;
  row?: number;
  column?: string;
}

/**
 * `items[3].amount` → `{ key: 'items', row: 3, column: 'amount' }`; `days` → `{ key: 'days' }`;
 * `attachments[0].size` stays on the field (a file has no cells); '' → null (the form as a whole).
 */
export function parseErrorPath(path: string, isTable: (key: string) => boolean): ErrorTarget | null {
  const m = /^([A-Za-z][A-Za-z0-9_]*)(?:\[(\d+)\](?:\.([A-Za-z][A-Za-z0-9_]*))?)?/.exec(path);
  if (!m?.[1]) return null;
  const key = m[1];
  if (!isTable(key) || m[2] === undefined || m[3] === undefined) return { key };
  return { key, row: Number(m[2]), column: m[3] };
}

export const cellId = (row: number, column: string): string => `${row}.${column}`;
