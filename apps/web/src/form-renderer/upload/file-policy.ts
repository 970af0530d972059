import type { UiField } from '@signoff/schema';

/**
 * The kinds of file the server accepts (packages/api/src/attachments/file-policy.ts, which the
 * browser cannot import: it sniffs bytes with Node's Buffer). Kept in step by hand; the server
 * checks again, so a kind missing here is only refused earlier, never let through.
 */
const KINDS: readonly { exts: readonly string[]; mime: string; label: string }[] = [
  { exts: ['pdf'], mime: 'application/pdf', label: 'PDF' },
  { exts: ['png'], mime: 'image/png', label: 'PNG' },
  { exts: ['jpg', 'jpeg'], mime: 'image/jpeg', label: 'JPG' },
  { exts: ['gif'], mime: 'image/gif', label: 'GIF' },
  { exts: ['webp'], mime: 'image/webp', label: 'WebP' },
  { exts: ['docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word' },
  { exts: ['doc'], mime: 'application/msword', label: 'Word' },
  { exts: ['xlsx'], mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel' },
  { exts: ['xls'], mime: 'application/vnd.ms-excel', label: 'Excel' },
  { exts: ['pptx'], mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PowerPoint' },
  { exts: ['txt'], mime: 'text/plain', label: 'TXT' },
  { exts: ['csv'], mime: 'text/csv', label: 'CSV' },
  { exts: ['zip'], mime: 'application/zip', label: 'ZIP' },
];

/** The server's own ceiling per file (DEFAULT_ATTACHMENT_POLICY.maxBytes). */
export const SERVER_MAX_BYTES = 20 * 1024 * 1024;

export interface FileLimits {
  maxBytes: number;
  maxCount: number | undefined;
  /** the extensions this field takes, lower case without the dot */
  exts: readonly string[];
  /** kind names for the hint: PDF、JPG、Word … */
  labels: readonly string[];
}

const extensionOf = (name: string): string => /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** `image/*` matches image/png; anything else must be equal. */
const matches = (pattern: string, mime: string): boolean => {
  const [type, sub] = pattern.toLowerCase().split('/');
  return sub === '*' ? mime.startsWith(`${type}/`) : pattern.toLowerCase() === mime;
};

/** What one attachment or image field takes: the designer's limits within the server's. */
export function limitsOf(field: Pick<UiField, 'widget' | 'accept' | 'maxCount' | 'maxSizeBytes'>): FileLimits {
  const accept = field.accept ?? (field.widget === 'image' ? ['image/*'] : undefined);
  const kinds = KINDS.filter((k) => !accept || accept.some((p) => matches(p, k.mime)));
  return {
    maxBytes: Math.min(field.maxSizeBytes ?? SERVER_MAX_BYTES, SERVER_MAX_BYTES),
    maxCount: field.maxCount,
    exts: kinds.flatMap((k) => k.exts),
    labels: [...new Set(kinds.map((k) => k.label))],
  };
}

/** The `accept` attribute of the file input, so the picker offers the right files to begin with. */
export const acceptAttribute = (limits: FileLimits): string => limits.exts.map((e) => `.${e}`).join(',');

/** The stored type of a file by its extension, as the server will name it. */
export function mimeOf(name: string): string | undefined {
  const ext = extensionOf(name);
  return KINDS.find((k) => k.exts.includes(ext))?.mime;
}

export type Refusal = { reason: 'tooLarge' | 'wrongType' | 'empty' | 'tooMany'; name: string; size: number };

/**
 * Whether a picked file may be uploaded, decided before a single byte is sent: a file over the
 * limit, of a kind the field or the server refuses, empty, or one too many.
 */
export function refusalOf(file: { name: string; size: number }, limits: FileLimits, alreadyThere: number): Refusal | null {
  const { name, size } = file;
  if (limits.maxCount !== undefined && alreadyThere >= limits.maxCount) return { reason: 'tooMany', name, size };
  if (!limits.exts.includes(extensionOf(name))) return { reason: 'wrongType', name, size };
  if (size === 0) return { reason: 'empty', name, size };
  if (size > limits.maxBytes) return { reason: 'tooLarge', name, size };
  return null;
}
