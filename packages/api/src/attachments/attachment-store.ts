import type { ApiDeps } from '../trpc/context.js';
import type { BlobStore } from './blob-store.js';
import { databaseBlobStore } from './database-blob-store.js';
import { localDirBlobStore } from './local-dir-blob-store.js';

/**
 * The store attachments use: `deps.blobStore` when the wiring gave one, else a local directory
 * when SIGNOFF_FILES_DIR is set, else the database (works on PGlite and PostgreSQL alike).
 */
export function attachmentStore(
  deps: ApiDeps,
  env: Record<string, string | undefined> = process.env,
): BlobStore {
  if (deps.blobStore) return deps.blobStore;
  const dir = env.SIGNOFF_FILES_DIR?.trim();
  return dir ? localDirBlobStore(dir) : databaseBlobStore(deps.db);
}
