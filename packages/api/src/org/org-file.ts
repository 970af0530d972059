import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  ORG_IMPORT_COLUMNS,
  ORG_SHEET_NAMES,
  orgToImportRows,
  sheetMatchesHeaders,
  type ImportRow,
  type ImportSheet,
  type OrgImportRows,
  type OrgSnapshot,
} from '@signoff/org';
import { AppError } from '../trpc/app-error.js';

export type OrgFileFormat = 'xlsx' | 'csv';

const SHEETS: ImportSheet[] = ['departments', 'positions', 'users'];

const unreadable = (format: OrgFileFormat) =>
  new AppError(
    'bad_request',
    'errors.importUnreadable',
    format === 'xlsx'
      ? {
          zh: '无法读取文件：它不是有效的 Excel（.xlsx）文件；旧版 .xls 请先另存为 .xlsx',
          en: 'The file could not be read: it is not a valid Excel (.xlsx) file; save an old .xls file as .xlsx first',
        }
      : {
          zh: '无法读取文件：它不是有效的 CSV 文件',
          en: 'The file could not be read: it is not a valid CSV file',
        },
  );

const noSheet = () =>
  new AppError('bad_request', 'errors.importNoSheet', {
    zh: '文件中找不到「部门」「岗位」或「人员」工作表（或表头不对）',
    en: 'The file has no Departments, Positions or Users sheet (or its headers are not recognised)',
  });

const whichCsvSheet = () =>
  new AppError('bad_request', 'errors.importWhichSheet', {
    zh: '无法从表头判断这个 CSV 是部门、岗位还是人员表，请指明',
    en: 'The headers do not tell whether this CSV holds departments, positions or users; say which',
  });

/** A cell as the text a person sees in it (rich text, formula results and links included). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : cellText(v.text);
  if ('error' in v) return v.error;
  if ('result' in v) return cellText(v.result);
  return '';
}

function headersOf(ws: ExcelJS.Worksheet): string[] {
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => {
    headers[col] = cellText(cell.value).trim();
  });
  return headers;
}

/** Data rows from row 2 on; `line` is the spreadsheet's row number, wholly blank rows are left out. */
function rowsOf(ws: ExcelJS.Worksheet): ImportRow[] {
  const headers = headersOf(ws);
  const out: ImportRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const cells: Record<string, string> = {};
    headers.forEach((h, col) => {
      if (h !== '' && !Object.hasOwn(cells, h)) cells[h] = cellText(row.getCell(col).value).trim();
    });
    if (Object.values(cells).some((v) => v !== '')) out.push({ line, cells });
  });
  return out;
}

/** The sheet kind a header row belongs to: the one whose required columns are all there, the most specific first. */
function sheetOfHeaders(headers: string[]): ImportSheet | undefined {
  const known = headers.filter((h) => h !== '');
  return [...SHEETS].sort((a, b) => required(b) - required(a)).find((s) => sheetMatchesHeaders(s, known));
}
const required = (s: ImportSheet) =>
  ORG_IMPORT_COLUMNS[s].filter((c) => 'required' in c && c.required).length;

const sameName = (ws: ExcelJS.Worksheet, s: ImportSheet) => {
  const n = ws.name.trim().toLowerCase();
  return n === ORG_SHEET_NAMES[s].zh || n === ORG_SHEET_NAMES[s].en.toLowerCase();
};

/** UTF-8 (a BOM is dropped), or GB18030 for a CSV that Excel saved in the Chinese Windows code page. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

const empty = (): OrgImportRows => ({ departments: [], positions: [], users: [] });

/**
 * Reads an org file into the planner's row lists. An .xlsx has the sheets 部门/Departments,
 * 岗位/Positions and 人员/Users (a sheet of another name is recognised by its headers); a CSV holds
 * one of them, named by `sheet` or recognised by its headers. The header is row 1, and each row's
 * `line` is its row number in the file. Given `sheet`, an .xlsx is read for that sheet only.
 */
export async function readOrgWorkbook(
  buffer: Uint8Array,
  format: OrgFileFormat,
  sheet?: ImportSheet,
): Promise<OrgImportRows> {
  const wb = new ExcelJS.Workbook();
  const out = empty();
  if (format === 'csv') {
    const text = decodeText(buffer);
    let ws: ExcelJS.Worksheet;
    try {
      ws = await wb.csv.read(Readable.from([text]), {
        map: (v: unknown) => v,
        parserOptions: { delimiter: guessDelimiter(text) },
      });
    } catch {
      throw unreadable(format);
    }
    const kind = sheet ?? sheetOfHeaders(headersOf(ws));
    if (!kind) throw whichCsvSheet();
    out[kind] = rowsOf(ws);
    return out;
  }

  try {
    await wb.xlsx.load(
      Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    throw unreadable(format);
  }
  const taken = new Map<ImportSheet, ExcelJS.Worksheet>();
  for (const s of SHEETS) {
    const ws = wb.worksheets.find((w) => sameName(w, s));
    if (ws) taken.set(s, ws);
  }
  for (const ws of wb.worksheets) {
    if ([...taken.values()].includes(ws)) continue;
    const s = sheetOfHeaders(headersOf(ws));
    if (s && !taken.has(s)) taken.set(s, ws);
  }
  if (taken.size === 0) throw noSheet();
  for (const [s, ws] of taken) if (sheet === undefined || sheet === s) out[s] = rowsOf(ws);
  return out;
}

/**
 * The org as an .xlsx with the sheets 部门, 岗位 and 人员 and zh headers: importing it back changes
 * nothing, so an admin can export, edit in Excel and import.
 */
export async function writeOrgWorkbook(
  org: OrgSnapshot,
  logins: Record<string, string>,
): Promise<Uint8Array> {
  const rows = orgToImportRows(org, logins);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Signoff';
  for (const s of SHEETS) {
    const ws = wb.addWorksheet(ORG_SHEET_NAMES[s].zh, { views: [{ state: 'frozen', ySplit: 1 }] });
    const headers = ORG_IMPORT_COLUMNS[s].map((c) => c.zh);
    ws.columns = headers.map((h) => ({ header: h, width: Math.max(12, h.length * 2 + 4) }));
    ws.getRow(1).font = { bold: true };
    for (const r of rows[s]) {
      ws.addRow(
        headers.map((h) => {
          const v = r.cells[h] ?? '';
          if (v === '') return null;
          // the order is a number in Excel; everything else stays text, so a login like 007 keeps its zeros
          return h === '排序' && /^-?\d+$/.test(v) ? Number(v) : v;
        }),
      );
    }
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf);
}
