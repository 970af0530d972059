import { CSV_TYPE, toCsv } from '../../files/csv';
import { saveTextFile } from '../../files/save-file';

/** An aggregate table as CSV (formulas defused, BOM, CRLF): Excel opens it directly. */
export function downloadCsv(fileName: string, rows: (string | number)[][]): void {
  saveTextFile(fileName, toCsv(rows), CSV_TYPE);
}
