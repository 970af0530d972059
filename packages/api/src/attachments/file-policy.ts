import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../trpc/app-error.js';

/** One allowed kind of file: the extensions it goes by, what the sniffer may call it, and its stored type. */
interface FileKind {
  exts: string[];
  mime: string;
  /** file-type's `ext` values accepted for it; `text` means "no binary signature and reads as text" */
  sniffed: string[];
  /** legacy Office files are all OLE compound files: the stream that names the application */
  cfbStream?: string[];
}

const OOXML = ['docx', 'xlsx', 'pptx'];

export const FILE_KINDS: Record<string, FileKind> = {
  pdf: { exts: ['pdf'], mime: 'application/pdf', sniffed: ['pdf'] },
  png: { exts: ['png'], mime: 'image/png', sniffed: ['png', 'apng'] },
  jpeg: { exts: ['jpg', 'jpeg'], mime: 'image/jpeg', sniffed: ['jpg'] },
  gif: { exts: ['gif'], mime: 'image/gif', sniffed: ['gif'] },
  webp: { exts: ['webp'], mime: 'image/webp', sniffed: ['webp'] },
  docx: {
    exts: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sniffed: ['docx'],
  },
  xlsx: {
    exts: ['xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    sniffed: ['xlsx'],
  },
  pptx: {
    exts: ['pptx'],
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    sniffed: ['pptx'],
  },
  doc: { exts: ['doc'], mime: 'application/msword', sniffed: ['cfb'], cfbStream: ['WordDocument'] },
  xls: { exts: ['xls'], mime: 'application/vnd.ms-excel', sniffed: ['cfb'], cfbStream: ['Workbook', 'Book'] },
  txt: { exts: ['txt'], mime: 'text/plain', sniffed: ['text'] },
  csv: { exts: ['csv'], mime: 'text/csv', sniffed: ['text'] },
  // an Office file is a zip too; a renamed .jar or .apk is not accepted
  zip: { exts: ['zip'], mime: 'application/zip', sniffed: ['zip', ...OOXML] },
};

export interface AttachmentPolicy {
  maxBytes: number;
  /** keys of FILE_KINDS */
  kinds: string[];
}

export const DEFAULT_ATTACHMENT_POLICY: AttachmentPolicy = {
  maxBytes: 20 * 1024 * 1024,
  kinds: Object.keys(FILE_KINDS),
};

const allowedExts = (policy: AttachmentPolicy) =>
  policy.kinds
    .flatMap((k) => FILE_KINDS[k]?.exts ?? [])
    .map((e) => `.${e}`)
    .join(' ');

export const fileErrors = {
  tooLarge: (maxBytes: number) => {
    const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
    return new AppError('bad_request', 'errors.fileTooLarge', {
      zh: `文件超过 ${mb} MB 的上限`,
      en: `The file is larger than the ${mb} MB limit`,
    });
  },
  empty: () => new AppError('bad_request', 'errors.fileEmpty', { zh: '文件是空的', en: 'The file is empty' }),
  typeNotAllowed: (policy: AttachmentPolicy) =>
    new AppError('bad_request', 'errors.fileTypeNotAllowed', {
      zh: `不支持该文件类型，可上传：${allowedExts(policy)}`,
      en: `This type of file is not accepted; allowed: ${allowedExts(policy)}`,
    }),
  typeMismatch: (ext: string, actual: string) =>
    new AppError('bad_request', 'errors.fileTypeMismatch', {
      zh: `文件内容与扩展名 .${ext} 不符（实际为 ${actual}），已拒绝上传`,
      en: `The file's content does not match its .${ext} extension (it is ${actual}); it was refused`,
    }),
};

/** The extension of a file name, lower case, without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return m?.[1]?.toLowerCase() ?? '';
}

function kindOfClaim(
  ext: string,
  claimedType: string | undefined,
  policy: AttachmentPolicy,
): [string, FileKind] | null {
  const allowed = policy.kinds.flatMap((k) =>
    FILE_KINDS[k] ? [[k, FILE_KINDS[k]] as [string, FileKind]] : [],
  );
  // the extension decides; the browser's content type only when the name has no extension
  if (ext) return allowed.find(([, k]) => k.exts.includes(ext)) ?? null;
  const mime = claimedType?.split(';')[0]?.trim().toLowerCase();
  return (mime && allowed.find(([, k]) => k.mime === mime)) || null;
}

/** Plain text in any common encoding: no NUL bytes (unless UTF-16 with a BOM) and no stray control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) return false;
  }
  return true;
}

/** OLE directory entries carry their names in UTF-16LE. */
function hasCfbStream(bytes: Uint8Array, names: string[]): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return names.some((n) => buf.includes(Buffer.from(`${n}\u0000`, 'utf16le')));
}

/**
 * Checks size and type and returns the stored content type, sniffed from the bytes: the claimed
 * kind (by extension) must be allowed, and the content must really be that kind, so an `.exe`
 * renamed `.pdf` is refused.
 */
export async function checkFile(
  bytes: Uint8Array,
  name: string,
  claimedType: string | undefined,
  policy = DEFAULT_ATTACHMENT_POLICY,
): Promise<{ contentType: string }> {
  if (bytes.byteLength > policy.maxBytes) throw fileErrors.tooLarge(policy.maxBytes);
  if (bytes.byteLength === 0) throw fileErrors.empty();
  const ext = extensionOf(name);
  const claim = kindOfClaim(ext, claimedType, policy);
  if (!claim) throw fileErrors.typeNotAllowed(policy);
  const [kindName, kind] = claim;
  const sniffed = await fileTypeFromBuffer(bytes);
  const actual = sniffed?.ext ?? (looksLikeText(bytes) ? 'text' : 'binary');
  const label = ext || kind.exts[0] || kindName;
  if (!kind.sniffed.includes(actual)) throw fileErrors.typeMismatch(label, actual);
  if (kind.cfbStream && !hasCfbStream(bytes, kind.cfbStream)) throw fileErrors.typeMismatch(label, 'cfb');
  return { contentType: kind.mime };
}

/**
 * A file name safe to store and show: no folders (a browser may send `C:\…\a.pdf`), no control,
 * bidi-override characters or quotes, at most 200 characters with the extension kept.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_')
    // bidi controls make "invoice\u202Efdp.exe" read as "invoiceexe.pdf" (issue 16): removed, so
    // the name shows what it is and the real extension is the one judged
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^[.\s]+/, '')
    .trim();
  if (name.length > 200) {
    const ext = extensionOf(name);
    name = ext ? `${name.slice(0, 199 - ext.length)}.${ext}` : name.slice(0, 200);
  }
  return name || 'file';
}

/** `attachment` with an ASCII fallback name and the real one in RFC 5987 form. */
export function contentDisposition(name: string): string {
  const safe = sanitizeFileName(name);
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
