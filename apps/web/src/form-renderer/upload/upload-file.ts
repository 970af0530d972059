import type { FileRef, Localized } from '@signoff/schema';
import { csrfHeaders } from '../../api/csrf-cookie';
import { mimeOf } from './file-policy';

export interface UploadOptions {
  /** 0…1 as the bytes go out */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** '' in the app (same origin) */
  baseUrl?: string;
}

/** A refused or failed upload, with the server's sentence in both languages when it gave one. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    readonly localized: Localized | undefined,
    readonly status: number,
  ) {
    super(localized?.en ?? code);
    this.name = 'UploadError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function refusalOf(status: number, body: unknown): UploadError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const message = error && isRecord(error.message) && typeof error.message.zh === 'string' && typeof error.message.en === 'string' ? { zh: error.message.zh, en: error.message.en } : undefined;
  const code = typeof error?.code === 'string' ? error.code : status === 401 ? 'unauthorized' : 'upload_failed';
  return new UploadError(code, message, status);
}

/**
 * Sends one file to `POST /files` (the raw bytes, the name percent-encoded in `x-file-name`, the
 * session cookie and the CSRF header) with progress, and answers what a form's attachment field
 * stores. XHR rather than fetch: fetch cannot report upload progress.
 */
export function uploadFile(file: Blob & { name: string }, opts: UploadOptions = {}): Promise<FileRef> {
  return new Promise<FileRef>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${opts.baseUrl ?? ''}/files`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', file.type || mimeOf(file.name) || 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    for (const [k, v] of Object.entries(csrfHeaders(document.cookie))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) opts.onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && isRecord(body) && typeof body.id === 'string') {
        opts.onProgress?.(1);
        resolve({
          id: body.id,
          name: typeof body.name === 'string' ? body.name : file.name,
          size: typeof body.size === 'number' ? body.size : file.size,
          type: typeof body.type === 'string' ? body.type : file.type,
        });
        return;
      }
      reject(refusalOf(xhr.status, body));
    };
    xhr.onerror = () => reject(new UploadError('network', undefined, 0));
    xhr.onabort = () => reject(new UploadError('aborted', undefined, 0));
    if (opts.signal) {
      if (opts.signal.aborted) {
        reject(new UploadError('aborted', undefined, 0));
        return;
      }
      opts.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}

/** Where a stored file is read (and an image shown). */
export const fileUrl = (id: string): string => `/files/${encodeURIComponent(id)}`;
