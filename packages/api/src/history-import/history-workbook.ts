import ExcelJS from 'exceljs';
import { AppError } from '../trpc/app-error.js';

/** A cell as Excel typed it: text, a number, a yes/no, or a date (its UTC fields are the wall-clock time Excel shows). */
export type HistoryCell = string | number | boolean | Date;

/** One data row: its line in the sheet (the header is line 1) and its non-empty cells by header as written. */
export interface HistoryRow {
  line: number;
  cells: Record<string, HistoryCell>;
}

export interface HistorySheet {
  /** the worksheet's name as written: a template's title or key */
  name: string;
  /** the header row, in column order, blanks left out */
  headers: string[];
  rows: HistoryRow[];
}

/** Rich text, links and formulas reduced to what a person sees in the cell; empty cells to undefined. */
function cellValue(v: ExcelJS.CellValue): HistoryCell | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return cellValue(v.richText.map((t) => t.text).join(''));
  if ('hyperlink' in v) return typeof v.text === 'string' ? cellValue(v.text) : cellValue(v.text);
  if ('error' in v) return v.error;
  if ('result' in v) return cellValue(v.result);
  return undefined;
}

const unreadable = () =>
  new AppError('bad_request', 'errors.importUnreadable', {
    zh: '无法读取文件：它不是有效的 Excel（.xlsx）文件；旧版 .xls 请先另存为 .xlsx',
    en: 'The file could not be read: it is not a valid Excel (.xlsx) file; save an old .xls file as .xlsx first',
  });

/** Every worksheet of an .xlsx with its header row and its data rows (wholly blank rows left out). */
export async function readHistoryWorkbook(bytes: Uint8Array): Promise<HistorySheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    throw unreadable();
  }
  return wb.worksheets.map((ws) => {
    const byColumn: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => {
      const h = cellValue(cell.value);
      if (h !== undefined) byColumn[col] = String(h instanceof Date ? h.toISOString() : h).trim();
    });
    const rows: HistoryRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, line) => {
      if (line === 1) return;
      const cells: Record<string, HistoryCell> = {};
      byColumn.forEach((h, col) => {
        if (h === '' || Object.hasOwn(cells, h)) return;
        const v = cellValue(row.getCell(col).value);
        if (v !== undefined) cells[h] = v;
      });
      if (Object.keys(cells).length > 0) rows.push({ line, cells });
    });
    return { name: ws.name.trim(), headers: byColumn.filter((h) => h !== ''), rows };
  });
}
