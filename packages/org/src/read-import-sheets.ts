import type { Localized } from '@signoff/schema';
import { at, yesNo } from './import-cell-words.js';
import { SHEET_LABEL, SHEETS, columnOf, columnsOf } from './org-import-columns.js';
import type { ImportProblem, ImportRow, ImportSheet, OrgImportRows } from './org-import-types.js';

/**
 * The file's sheets as the later steps read them: cells by column key rather than by the header
 * as written, and the one list of problems every step adds to.
 */
export interface SheetReader {
  readonly problems: ImportProblem[];
  problem: (sheet: ImportSheet, line: number, code: string, message: Localized, column?: string) => void;
  /** the rows with any content; none when the sheet lacks a required column (already reported) */
  dataRows: (sheet: ImportSheet) => ImportRow[];
  /** the trimmed cell, or undefined when the sheet has no such column */
  cell: (sheet: ImportSheet, row: ImportRow, key: string) => string | undefined;
  /** the column's header as the file writes it (or the zh one), for a problem to name */
  header: (sheet: ImportSheet, key: string) => string;
  /** the cell, or undefined after reporting it empty */
  required: (sheet: ImportSheet, row: ImportRow, key: string, zh: string, en: string) => string | undefined;
  /** reports a row naming `what` (`部门「财务部」`, `the department 财务部`) that line `firstLine` already named */
  repeated: (
    sheet: ImportSheet,
    row: ImportRow,
    code: string,
    key: string,
    what: Localized,
    firstLine: number,
  ) => void;
  /** undefined without the column, false when empty, null after reporting a value that is neither 是 nor 否 */
  yesNoCell: (sheet: ImportSheet, row: ImportRow, key: string) => boolean | undefined | null;
}

/**
 * Step 1: finds each sheet's columns by their headers (zh or en, any case), reporting a column
 * written twice and a required one missing; a sheet missing one is not read further.
 */
export function readImportSheets(rows: OrgImportRows): SheetReader {
  const problems: ImportProblem[] = [];
  const problem = (sheet: ImportSheet, line: number, code: string, message: Localized, column?: string) => {
    problems.push({ sheet, line, code, message, ...(column !== undefined ? { column } : {}) });
  };

  const columns = {} as Record<ImportSheet, Map<string, string> | null>;
  for (const sheet of SHEETS) columns[sheet] = sheetColumns(sheet, rows[sheet], problem);

  const cell = (sheet: ImportSheet, row: ImportRow, key: string): string | undefined => {
    const h = columns[sheet]?.get(key);
    return h === undefined ? undefined : (row.cells[h] ?? '').trim();
  };
  const header = (sheet: ImportSheet, key: string) =>
    columns[sheet]?.get(key) ?? columnsOf(sheet).find((c) => c.key === key)?.zh ?? key;

  return {
    problems,
    problem,
    dataRows: (sheet) =>
      columns[sheet] ? rows[sheet].filter((r) => Object.values(r.cells).some((v) => v.trim() !== '')) : [],
    cell,
    header,
    required: (sheet, row, key, zh, en) => {
      const v = cell(sheet, row, key) ?? '';
      if (v !== '') return v;
      problem(
        sheet,
        row.line,
        'missing_value',
        at(row.line, `${zh}不能为空`, `${en} is required`),
        header(sheet, key),
      );
      return undefined;
    },
    repeated: (sheet, row, code, key, what, firstLine) =>
      problem(
        sheet,
        row.line,
        code,
        at(row.line, `${what.zh}与第 ${firstLine} 行重复`, `${what.en} is already on line ${firstLine}`),
        header(sheet, key),
      ),
    yesNoCell: (sheet, row, key) => {
      const v = cell(sheet, row, key);
      if (v === undefined) return undefined;
      if (v === '') return false;
      const b = yesNo(v);
      if (b !== undefined) return b;
      const h = header(sheet, key);
      problem(
        sheet,
        row.line,
        'bad_yes_no',
        at(row.line, `「${h}」应填 是 或 否，不能是「${v}」`, `${h} must be yes or no, not ${v}`),
        h,
      );
      return null;
    },
  };
}

/** column key → the header as written, or null when a required column is missing. */
function sheetColumns(
  sheet: ImportSheet,
  rowsOf: readonly ImportRow[],
  problem: SheetReader['problem'],
): Map<string, string> | null {
  const headers = new Set<string>();
  for (const r of rowsOf) for (const h of Object.keys(r.cells)) headers.add(h);
  const byKey = new Map<string, string>();
  for (const h of headers) {
    const spec = columnOf(sheet, h);
    if (!spec) continue;
    const first = byKey.get(spec.key);
    if (first !== undefined) {
      problem(
        sheet,
        1,
        'duplicate_column',
        at(
          1,
          `「${h}」与「${first}」是同一列，只能保留一个`,
          `the columns ${h} and ${first} are the same column; keep one`,
        ),
        h,
      );
      continue;
    }
    byKey.set(spec.key, h);
  }
  let complete = true;
  if (rowsOf.length > 0) {
    for (const spec of columnsOf(sheet)) {
      if (spec.required && !byKey.has(spec.key)) {
        complete = false;
        problem(
          sheet,
          1,
          'missing_column',
          at(
            1,
            `${SHEET_LABEL[sheet].zh}表缺少「${spec.zh}」列`,
            `the ${SHEET_LABEL[sheet].en} sheet has no ${spec.en} column (${spec.zh})`,
          ),
          spec.zh,
        );
      }
    }
  }
  return complete ? byKey : null;
}
