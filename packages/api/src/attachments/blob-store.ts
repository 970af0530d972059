import { randomUUID } from 'node:crypto';

/**
 * Where attachment bytes live. Keys are made by `newBlobKey` only (`<tenant id>/<random id>`), so
 * nothing a user sends (a file name, a path) ever reaches a key. The database store and the local
 * directory store implement it today; an S3-compatible store can be added behind the same three calls.
 */
export interface BlobStore {
  readonly kind: string;
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** null when there is no such blob */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

const SEGMENT = /^[A-Za-z0-9_-]{1,128}$/;

/** A fresh key for one upload of the tenant. */
export function newBlobKey(tenantId: string): string {
  return blobKey(tenantId, randomUUID());
}

export function blobKey(tenantId: string, id: string): string {
  if (!SEGMENT.test(tenantId) || !SEGMENT.test(id)) throw new Error('blob key segments must be letters, digits, _ or -');
  return `${tenantId}/${id}`;
}

/** Splits and checks a key; anything else (dots, slashes, a path) is refused before any store sees it. */
export function parseBlobKey(key: string): { tenantId: string; id: string } {
  const parts = key.split('/');
  const [tenantId, id] = parts;
  if (parts.length !== 2 || tenantId === undefined || id === undefined || !SEGMENT.test(tenantId) || !SEGMENT.test(id)) {
    throw new Error('not a blob key');
  }
  return { tenantId, id };
}
