export type OrgFileFormat = 'xlsx' | 'csv';

/** Why a chosen file is not sent at all; the server would refuse it, and a local answer is immediate. */
export type LocalFileProblem = 'wrongType' | 'empty';

export interface OrgUpload {
  name: string;
  format: OrgFileFormat;
  contentBase64: string;
}

/** The import format from the file name; an old .xls, a .numbers or a .pdf is none of them. */
export function formatOf(fileName: string): OrgFileFormat | null {
  const ext = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
  return ext === 'xlsx' || ext === 'csv' ? ext : null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // in chunks: String.fromCharCode(...) of a whole 10 MB file overflows the call stack
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

// FileReader rather than Blob.arrayBuffer: the same in every browser and in the tests' jsdom
const bytesOf = (file: File) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file);
  });

/** Reads a chosen file for org.import, or says why it cannot be imported. */
export async function readOrgUpload(file: File): Promise<OrgUpload | LocalFileProblem> {
  const format = formatOf(file.name);
  if (!format) return 'wrongType';
  if (file.size === 0) return 'empty';
  const bytes = await bytesOf(file);
  return { name: file.name, format, contentBase64: toBase64(bytes) };
}

export interface ImportProblemRow {
  sheet: string;
  line: number;
  message: { zh: string; en: string };
}

/** A refused import's field errors (`users:5`) as rows by sheet and line; a problem of no one row has line 0. */
export function problemRows(
  fieldErrors: readonly { path: string; message: { zh: string; en: string } }[],
): ImportProblemRow[] {
  return fieldErrors.map((f) => {
    const [sheet = '', line = '0'] = f.path.split(':');
    return { sheet, line: Number(line) || 0, message: f.message };
  });
}
