import { deleteBlob, getBlob, putBlob, withTenant, type Database } from '@signoff/db';
import { parseBlobKey, type BlobStore } from './blob-store.js';

/** The default store: bytea rows in `attachment_blobs`, under the tenant's row-level security. */
export function databaseBlobStore(db: Database): BlobStore {
  return {
    kind: 'database',
    async put(key, bytes) {
      const { tenantId } = parseBlobKey(key);
      await withTenant(db, tenantId, (tx) => putBlob(tx, tenantId, key, bytes));
    },
    get(key) {
      const { tenantId } = parseBlobKey(key);
      return withTenant(db, tenantId, (tx) => getBlob(tx, tenantId, key));
    },
    async delete(key) {
      const { tenantId } = parseBlobKey(key);
      await withTenant(db, tenantId, (tx) => deleteBlob(tx, tenantId, key));
    },
  };
}
