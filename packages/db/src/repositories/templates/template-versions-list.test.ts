import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../core/database.js';
import { loadMigrations, migrate } from '../../core/migrate.js';
import { openPglite } from '../../core/pglite-database.js';
import { listVersions } from './template-draft-repository.js';
import { publishTemplateVersion } from './template-repository.js';
import { createTestDatabase, testBackends, type TestDatabase } from '../../testing.js';
import { withPlatform, withTenant } from '../../core/tenant-scope.js';
import { insertTenant } from '../tenants/tenant-repository.js';

const title = { zh: '请假', en: 'Leave' };
const form = { modelVersion: 1, key: 'leave', title, fields: [] };
const flow = { key: 'leave', nodes: [], edges: [] };
const publish = (tx: Queryable, tenantId: string, versionId: string, publishedBy?: string) =>
  publishTemplateVersion(tx, tenantId, {
    templateId: 'leave',
    versionId,
    key: 'leave',
    title,
    serialPrefix: 'QJ',
    formModel: form,
    formSchema: {},
    uiSchema: {},
    flow,
    ...(publishedBy === undefined ? {} : { publishedBy }),
  });

async function addUser(tx: Queryable, tenantId: string, id: string, name: string) {
  await tx.query(
    'INSERT INTO departments (tenant_id, id, name, parent_id, sort) VALUES ($1, $2, $3, NULL, 0) ON CONFLICT DO NOTHING',
    [tenantId, 'd1', '总部'],
  );
  await tx.query(
    'INSERT INTO users (tenant_id, id, login, name, department_id) VALUES ($1, $2, $3, $4, $5)',
    [tenantId, id, id, name, 'd1'],
  );
}

describe.each(testBackends())('the versions list with its publishers on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await withPlatform(t.db, async (tx) => {
      await insertTenant(tx, { id: 'ta', code: 'alpha', name: 'Alpha' });
      await insertTenant(tx, { id: 'tb', code: 'beta', name: 'Beta' });
    });
    // the same user id in both companies, under different names; and one id only the other company has
    await withTenant(t.db, 'ta', (tx) => addUser(tx, 'ta', 'u1', '张三'));
    await withTenant(t.db, 'tb', async (tx) => {
      await addUser(tx, 'tb', 'u1', '外司的人');
      await addUser(tx, 'tb', 'u9', '只在外司');
    });
    await withTenant(t.db, 'ta', async (tx) => {
      await publish(tx, 'ta', 'v1');
      await publish(tx, 'ta', 'v2', 'u1');
      await publish(tx, 'ta', 'v3', 'u9');
    });
  });
  afterAll(() => t.dispose());

  it("names each version's publisher from the company's own users, newest first", async () => {
    const list = await withTenant(t.db, 'ta', (tx) => listVersions(tx, 'ta', 'leave'));
    expect(list.map((v) => [v.version, v.publishedBy, v.publishedByName, v.current])).toEqual([
      // a publisher id the company does not have reads as nobody, never as another company's user
      [3, 'u9', null, true],
      [2, 'u1', '张三', false],
      // published by the system (the demo seed): no publisher
      [1, null, null, false],
    ]);
    expect(list[0]?.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('reads the name the org has today, so a renamed publisher shows the new name', async () => {
    await withTenant(t.db, 'ta', (tx) =>
      tx.query("UPDATE users SET name = '张三丰' WHERE tenant_id = 'ta' AND id = 'u1'"),
    );
    const list = await withTenant(t.db, 'ta', (tx) => listVersions(tx, 'ta', 'leave'));
    expect(list.find((v) => v.version === 2)?.publishedByName).toBe('张三丰');
  });

  it('lists nothing of another company', async () => {
    expect(await withTenant(t.db, 'tb', (tx) => listVersions(tx, 'tb', 'leave'))).toEqual([]);
  });
});

describe('the publisher of versions published before it was recorded', () => {
  it('is taken from the audit log entry of the publication', async () => {
    const all = await loadMigrations();
    const db = await openPglite();
    try {
      await migrate(
        db,
        all.filter((m) => m.version < 46),
      );
      await withPlatform(db, (tx) => insertTenant(tx, { id: 'ta', code: 'alpha', name: 'Alpha' }));
      await db.transaction(async (tx) => {
        await addUser(tx, 'ta', 'u1', '张三');
        await tx.query(
          `INSERT INTO templates (tenant_id, id, key, title, serial_prefix) VALUES ('ta', 'leave', 'leave', '{}', 'QJ')`,
        );
        for (const v of [1, 2]) {
          await tx.query(
            `INSERT INTO template_versions (tenant_id, id, template_id, version, form_model, form_schema, ui_schema, flow)
             VALUES ('ta', $1, 'leave', $2, '{}', '{}', '{}', '{}')`,
            [`v${v}`, v],
          );
        }
        // only version 2 was published by a person (version 1 by the seed, with no audit entry)
        await tx.query(
          `INSERT INTO audit_log (tenant_id, seq, at, actor_id, action, subject, data, prev_hash, hash)
           VALUES ('ta', 1, now(), 'u1', 'template.publish', 'template:leave', '{"version": 2, "previous": 1}', '', 'h')`,
        );
      });
      await migrate(db, all);
      const list = await withTenant(db, 'ta', (tx) => listVersions(tx, 'ta', 'leave'));
      expect(list.map((v) => [v.version, v.publishedBy, v.publishedByName])).toEqual([
        [2, 'u1', '张三'],
        [1, null, null],
      ]);
    } finally {
      await db.close();
    }
  });
});
