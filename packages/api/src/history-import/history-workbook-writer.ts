import ExcelJS from 'exceljs';

export type HistoryWorkbookCell = string | number | Date | null;

/**
 * A workbook as `importHistory` reads it, one sheet per form with its header on row 1: what
 * another system's export looks like, for tests and for the command line's own checks. A Date
 * is written as Excel stores one: its UTC fields are the wall-clock time shown (China time).
 */
export async function writeHistoryWorkbook(
  sheets: Record<string, HistoryWorkbookCell[][]>,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Signoff';
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The same, base64 as the API takes it. */
export async function historyWorkbook(sheets: Record<string, HistoryWorkbookCell[][]>): Promise<string> {
  return Buffer.from(await writeHistoryWorkbook(sheets)).toString('base64');
}
