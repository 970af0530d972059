import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseBlobKey, type BlobStore } from './blob-store.js';

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * Files under a local directory (SIGNOFF_FILES_DIR), one folder per tenant. A blob is written to
 * a temporary name, flushed to disk and then renamed into place, so a crash leaves either the whole
 * file or none (at worst a `.tmp-*` file, which is never read). Keys are checked before any path is
 * built, so no key can point outside the directory.
 */
export function localDirBlobStore(dir: string): BlobStore {
  const root = resolve(dir);
  const pathOf = (key: string) => {
    const { tenantId, id } = parseBlobKey(key);
    return { folder: join(root, tenantId), file: join(root, tenantId, id) };
  };
  return {
    kind: 'local',
    async put(key, bytes) {
      const { folder, file } = pathOf(key);
      await mkdir(folder, { recursive: true });
      const temp = `${file}.tmp-${randomBytes(6).toString('hex')}`;
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } catch (e) {
        await handle.close();
        await rm(temp, { force: true });
        throw e;
      }
      await handle.close();
      try {
        await rename(temp, file);
      } catch (e) {
        await rm(temp, { force: true });
        throw e;
      }
    },
    async get(key) {
      try {
        return await readFile(pathOf(key).file);
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
    async delete(key) {
      await rm(pathOf(key).file, { force: true });
    },
  };
}
