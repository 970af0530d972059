import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realEstateDemoOrg } from '@signoff/org/demo';
import { createTestDatabase, insertTestCompany, testBackends, type TestDatabase } from '../../testing.js';
import { withTenant } from '../../core/tenant-scope.js';
import { getUserPreferences, saveSignatureReference } from '../auth/user-preference-repository.js';
import { deleteAttachment, insertAttachment } from './attachment-repository.js';

describe.each(testBackends())('deleting an upload on %s', (kind) => {
  let t: TestDatabase;
  const org = realEstateDemoOrg();
  const user = org.users[0];
  if (!user) throw new Error('the demo org has no users');
  const at = '2026-12-03T08:00:00.000Z';

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await insertTestCompany(t.db, org);
    await withTenant(t.db, 'ta', async (tx) => {
      await insertAttachment(tx, 'ta', {
        id: 'sig-1',
        instanceId: null,
        uploaderId: user.id,
        fileName: 'signature.png',
        contentType: 'image/png',
        size: 3,
        sha256: 'abc',
        storageKey: 'k-1',
        createdAt: at,
      });
      await saveSignatureReference(tx, 'ta', user.id, 'sig-1', at);
    });
  });
  afterAll(() => t.dispose());

  it('deletes a saved signature and the user keeps no signature (the key no longer nulls it by itself)', async () => {
    const deleted = await withTenant(t.db, 'ta', (tx) => deleteAttachment(tx, 'ta', 'sig-1'));
    expect(deleted).toBe(true);
    const prefs = await withTenant(t.db, 'ta', (tx) => getUserPreferences(tx, 'ta', user.id));
    expect(prefs.signatureAttachmentId).toBeNull();
    expect(await withTenant(t.db, 'ta', (tx) => deleteAttachment(tx, 'ta', 'sig-1'))).toBe(false);
  });
});
