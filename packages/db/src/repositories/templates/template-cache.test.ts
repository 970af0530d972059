import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../core/database.js';
import { createTestDatabase, testBackends, type TestDatabase } from '../../testing.js';
import { withPlatform, withTenant } from '../../core/tenant-scope.js';
import { insertTenant } from '../tenants/tenant-repository.js';
import { tenantHead } from '../tenants/tenant-head.js';
import { insertGrant } from './template-access-repository.js';
import { setTemplateArchived } from './template-admin-repository.js';
import { cachedCurrentVersion, cachedTemplateAccess, cachedVersion } from './template-cache.js';
import { saveDraft } from './template-draft-repository.js';
import { publishTemplateVersion } from './template-repository.js';

const title = { zh: '请假', en: 'Leave' };
const publish = (tx: Queryable, tenantId: string, versionId: string, label: string) =>
  publishTemplateVersion(tx, tenantId, {
    templateId: 'leave',
    versionId,
    key: 'leave',
    title,
    serialPrefix: 'QJ',
    formModel: { modelVersion: 1, key: 'leave', title, fields: [] },
    formSchema: { title: label },
    uiSchema: {},
    flow: { key: 'leave', nodes: [], edges: [] },
  });
const configVersion = (db: TestDatabase['db'], tenantId: string) =>
  withTenant(db, tenantId, async (tx) => (await tenantHead(tx, tenantId))?.configVersion);

describe.each(testBackends())('templates, versions and grants kept in memory on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await withPlatform(t.db, async (tx) => {
      await insertTenant(tx, { id: 'ta', code: 'alpha', name: 'Alpha' });
      await insertTenant(tx, { id: 'tb', code: 'beta', name: 'Beta' });
    });
    await withTenant(t.db, 'ta', (tx) => publish(tx, 'ta', 'v1', 'first'));
  });
  afterAll(() => t.dispose());

  it('serves the same version object from memory, and sees a publish made by another process', async () => {
    const first = await withTenant(t.db, 'ta', (tx) => cachedCurrentVersion(tx, 'ta', 'leave'));
    const again = await withTenant(t.db, 'ta', (tx) => cachedCurrentVersion(tx, 'ta', 'leave'));
    expect(first?.formSchema).toEqual({ title: 'first' });
    // the schema core's validator cache is keyed by this object's identity
    expect(again?.formSchema).toBe(first?.formSchema);

    // another server process publishes: it has its own memory, only the database is shared
    await t.db.transaction(async (tx) => {
      await tx.query(
        "SELECT set_config('role', 'signoff_app', true), set_config('app.tenant_id', 'ta', true)",
      );
      await publish(tx, 'ta', 'v2', 'second');
    });
    const after = await withTenant(t.db, 'ta', (tx) => cachedCurrentVersion(tx, 'ta', 'leave'));
    expect(after?.versionId).toBe('v2');
    expect(after?.formSchema).toEqual({ title: 'second' });
    // the old version is still what its requests started on
    const old = await withTenant(t.db, 'ta', (tx) => cachedVersion(tx, 'ta', 'v1'));
    expect(old?.formSchema).toEqual({ title: 'first' });
  });

  it("shows an archive on the version's template head at once", async () => {
    await withTenant(t.db, 'ta', (tx) => cachedVersion(tx, 'ta', 'v1'));
    await withTenant(t.db, 'ta', (tx) =>
      setTemplateArchived(tx, 'ta', 'leave', { at: '2026-12-03T08:00:00.000Z', by: 'admin' }),
    );
    const v = await withTenant(t.db, 'ta', (tx) => cachedVersion(tx, 'ta', 'v1'));
    expect(v?.archivedAt).toBe('2026-12-03T08:00:00.000Z');
    await withTenant(t.db, 'ta', (tx) => setTemplateArchived(tx, 'ta', 'leave', null));
  });

  it('a transaction that grants access sees its own grant', async () => {
    const seen = await withTenant(t.db, 'ta', async (tx) => {
      const before = (await cachedTemplateAccess(tx, 'ta')).grants.length;
      await insertGrant(tx, 'ta', {
        id: 'g1',
        targetType: 'template',
        targetId: 'leave',
        principalType: 'everyone',
        principalId: '*',
        level: 'author',
      });
      return { before, after: (await cachedTemplateAccess(tx, 'ta')).grants.map((g) => g.id) };
    });
    expect(seen).toEqual({ before: 0, after: ['g1'] });
  });

  it('an autosave of the same title leaves the number alone; a new title moves it', async () => {
    const draft = (draftTitle: typeof title) =>
      withTenant(t.db, 'ta', (tx) =>
        saveDraft(tx, 'ta', {
          templateId: 'leave',
          key: 'leave',
          title: draftTitle,
          serialPrefix: 'QJ',
          draft: { note: 'autosave' },
          at: '2026-12-03T08:00:00.000Z',
          by: 'admin',
        }),
      );
    const start = await configVersion(t.db, 'ta');
    await draft(title);
    expect(await configVersion(t.db, 'ta')).toBe(start);
    await draft({ zh: '请假申请', en: 'Leave request' });
    expect(await configVersion(t.db, 'ta')).not.toBe(start);
    const head = await withTenant(t.db, 'ta', async (tx) =>
      (await cachedTemplateAccess(tx, 'ta')).templates.get('leave'),
    );
    expect(head?.title).toEqual({ zh: '请假申请', en: 'Leave request' });
  });

  it("never serves one company's version to another", async () => {
    expect(await withTenant(t.db, 'tb', (tx) => cachedVersion(tx, 'tb', 'v1'))).toBeNull();
    expect(await withTenant(t.db, 'tb', (tx) => cachedCurrentVersion(tx, 'tb', 'leave'))).toBeNull();
  });
});
