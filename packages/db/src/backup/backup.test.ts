import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realEstateDemoOrg } from '@signoff/org/demo';
import { appendAudit, sealTenantAudit, verifyAudit } from '../repositories/audit/index.js';
import type { BackupHeader } from './backup-format.js';
import { restoreDatabase } from './restore-database.js';
import { backupDatabase } from './write-backup.js';
import { databaseFingerprint, TableHasher, type CanonicalRow, type Fingerprint } from './backup-catalog.js';
import { BackupError } from './backup-error.js';
import { backupToFile, readBackupLines } from './backup-file.js';
import type { Database } from '../core/database.js';
import { insertInstance, syncTasks } from '../repositories/instances/instance-repository.js';
import {
  insertApiToken,
  insertDelivery,
  insertWebhook,
} from '../repositories/integrations/integration-repository.js';
import { enqueueJob } from '../jobs/job-queue.js';
import { loadMigrations, migrate } from '../core/migrate.js';
import { insertNotifications } from '../repositories/notifications/notification-repository.js';
import { insertOrg } from '../repositories/org/org-repository.js';
import { openPglite } from '../core/pglite-database.js';
import { nextSerialValue } from '../repositories/instances/serial-number.js';
import { insertSession } from '../repositories/auth/session-repository.js';
import { insertGrant, saveFolder } from '../repositories/templates/template-access-repository.js';
import { publishTemplateVersion } from '../repositories/templates/template-repository.js';
import { saveTemplateSource } from '../repositories/templates/template-source-repository.js';
import { createTestDatabase, testBackends, type TestDatabase } from '../testing.js';
import { withPlatform, withTenant } from '../core/tenant-scope.js';
import { insertTenant } from '../repositories/tenants/tenant-repository.js';

/** Values that a careless backup would bend: microseconds, offsets, huge and precise numbers, odd text. */
const AWKWARD_TEXT = 'line\nbreak, "quotes", back\\slash, tab\t, emoji 😀, separator \u2028, 中文';
// written as text: JS numbers would round the big and the exact ones before they reached the database
const AWKWARD_JSON = `{"big": 12345678901234567890.5, "tiny": 1e-30, "exact": 0.30000000000000000001,
  "nested": {"z": [1, null, "x", {"10": "ten", "a": true}], "a": -0.000001}, "text": ${JSON.stringify(AWKWARD_TEXT)}}`;
const BIG_SEQ = '9007199254740993'; // 2^53 + 1: not representable as a JS number

/** Every tenant table with at least one row, every column type (text, integer, bigint, boolean, timestamptz, jsonb, text[]) and NULLs. */
async function seed(db: Database): Promise<void> {
  const org = realEstateDemoOrg();
  const [u0, u1, u2] = org.users;
  if (!u0 || !u1 || !u2) throw new Error('the demo org has users');
  await withPlatform(db, async (tx) => {
    await insertTenant(tx, { id: 'ta', code: 'alpha', name: '阿尔法地产' });
    await insertTenant(tx, { id: 'tb', code: 'beta', name: AWKWARD_TEXT });
    await tx.query(
      `UPDATE tenants SET settings = $2, status = 'deleted', deleted_at = '2026-11-24 08:01:02.123456+08',
         purge_after = '2026-12-24T00:00:00.000001Z', created_at = '2025-01-01 00:00:00+00' WHERE id = $1`,
      ['tb', AWKWARD_JSON],
    );
  });
  await withTenant(db, 'ta', async (tx) => {
    await insertOrg(
      tx,
      'ta',
      org,
      org.users.map((u, i) => ({ ...u, login: `user${i}`, passwordHash: i % 2 ? `scrypt$${i}` : null })),
    );
    // a child whose id sorts before its parent's: restore must not insert it first
    await tx.query(
      `INSERT INTO departments (tenant_id, id, name, parent_id, sort, virtual) VALUES ('ta', 'zz-parent', '总部虚拟', NULL, -5, true)`,
    );
    await tx.query(
      `INSERT INTO departments (tenant_id, id, name, parent_id, sort) VALUES ('ta', 'aa-child', '子部门', 'zz-parent', 2147483647)`,
    );
    await tx.query(
      `UPDATE users SET roles = $2, left_at = '2026-03-01 12:34:56.789012+00', failed_logins = 4, locked_until = '2026-03-01T13:00:00+05:30',
         email = $3, must_change_password = true WHERE tenant_id = 'ta' AND id = $1`,
      [u2.id, ['a,b', 'quote"d', '', 'back\\slash', 'NULL', '{brace}'], 'x@example.com'],
    );
    await tx.query(
      `UPDATE users SET roles = '{admin,NULL,"spaced out"}' WHERE tenant_id = 'ta' AND id = $1`,
      [u1.id],
    );
    await tx.query(
      `INSERT INTO user_departments (tenant_id, user_id, department_id) VALUES ('ta', $1, 'aa-child')`,
      [u1.id],
    );
    await tx.query(
      `INSERT INTO delegations (tenant_id, id, from_user_id, to_user_id, starts_at, ends_at, template_keys)
       VALUES ('ta', 'dl1', $1, $2, '2026-11-20T00:00:00.000001Z', '2026-11-30T00:00:00Z', '{leave,"with space"}')`,
      [u0.id, u1.id],
    );
    await publishTemplateVersion(tx, 'ta', {
      templateId: 'tpl-leave',
      versionId: 'v1',
      key: 'leave',
      title: { zh: '请假', en: 'Leave' },
      serialPrefix: 'QJ',
      formModel: { fields: [{ key: '天数', type: 'number' }] },
      formSchema: { type: 'object' },
      uiSchema: {},
      flow: { nodes: [] },
    });
    await publishTemplateVersion(tx, 'ta', {
      templateId: 'tpl-leave',
      versionId: 'v2',
      key: 'leave',
      title: { zh: '请假', en: 'Leave' },
      serialPrefix: 'QJ',
      formModel: JSON.parse(AWKWARD_JSON) as unknown,
      formSchema: { type: 'object' },
      uiSchema: { order: ['a'] },
      flow: { nodes: [1] },
      serialPattern: { parts: ['QJ', 'YYYY'] },
    });
    await tx.query(
      `UPDATE templates SET supervisor_ids = $2, draft = $3, draft_updated_at = now(), draft_updated_by = $1 WHERE id = 'tpl-leave'`,
      [u0.id, [u0.id, u1.id], AWKWARD_JSON],
    );
    await saveTemplateSource(tx, 'ta', {
      templateId: 'tpl-leave',
      catalog: 'real-estate',
      contentHash: 'abc',
      file: { title: '请假' },
    });
    await saveFolder(tx, 'ta', { id: 'zz-root', name: '根', parentId: null });
    await saveFolder(tx, 'ta', { id: 'aa-sub', name: '子', parentId: 'zz-root' });
    await insertGrant(tx, 'ta', {
      id: 'g1',
      targetType: 'folder',
      targetId: 'zz-root',
      principalType: 'everyone',
      principalId: '',
      level: 'reader',
    });
    await nextSerialValue(tx, 'ta', 'tpl-leave', '202611');
    await nextSerialValue(tx, 'ta', 'tpl-leave', '202611');
    for (let i = 1; i <= 7; i++) {
      await insertInstance(tx, 'ta', {
        id: `i-${i}`,
        templateId: 'tpl-leave',
        versionId: i % 2 ? 'v1' : 'v2',
        serialNo: `QJ-202611-${String(i).padStart(4, '0')}`,
        applicantId: u0.id,
        data: { 天数: i, note: i === 3 ? AWKWARD_TEXT : null },
        state: { step: i },
        status: i === 7 ? 'finished' : 'running',
        createdAt: `2026-11-0${i}T08:00:00.00012${i}Z`,
        finishedAt: i === 7 ? '2026-11-08T09:00:00Z' : null,
      });
      await syncTasks(tx, 'ta', `i-${i}`, [
        {
          id: `t-${i}`,
          nodeId: 'n1',
          nodeName: { zh: '审批', en: 'Approve' },
          kind: 'approve',
          assigneeId: u1.id,
          status: 'pending',
          createdAt: '2026-11-09T00:00:00Z',
          dueAt: i === 2 ? '2026-11-10T00:00:00.5Z' : undefined,
          card: i === 2 ? 'red' : undefined,
        },
      ]);
    }
    await enqueueJob(tx, 'ta', {
      id: 'j1',
      kind: 'remind',
      runAt: '2026-11-10T00:00:00.000007Z',
      payload: { taskId: 't-1' },
      dedupeKey: 'remind:t-1',
    });
    await enqueueJob(tx, 'ta', { id: 'j2', kind: 'due', runAt: '2026-11-11T00:00:00Z' });
    await tx.query(`UPDATE jobs SET attempts = 3, last_error = $1, done_at = now() WHERE id = 'j2'`, [
      AWKWARD_TEXT,
    ]);
    await insertSession(tx, 'ta', {
      id: 's1',
      userId: u0.id,
      tokenHash: 'h1',
      csrfToken: 'c1',
      expiresAt: new Date('2026-12-01T00:00:00Z'),
      createdAt: new Date('2026-11-01T00:00:00Z'),
    });
    await insertNotifications(tx, 'ta', [
      {
        id: 'n1',
        userId: u1.id,
        kind: 'task',
        instanceId: 'i-1',
        taskId: 't-1',
        data: { x: 1 },
        createdAt: '2026-11-09T00:00:00Z',
      },
      { id: 'n2', userId: u1.id, kind: 'urge', createdAt: '2026-11-09T00:00:01Z' },
    ]);
    await insertApiToken(tx, 'ta', {
      id: 'k1',
      name: 'ERP',
      scopes: ['read', 'act-for-users'],
      tokenHash: 'tok-hash',
      createdBy: u0.id,
      createdAt: '2026-11-01T00:00:00Z',
    });
    await insertWebhook(tx, 'ta', {
      id: 'w1',
      url: 'https://example.com/hook?a=1&b=2',
      secret: 's3cr3t',
      events: ['instance.finished', 'task.created'],
      active: false,
      createdAt: '2026-11-01T00:00:00Z',
    });
    await insertDelivery(tx, 'ta', {
      id: 'd1',
      webhookId: 'w1',
      event: 'instance.finished',
      payload: { id: 'i-7' },
      createdAt: '2026-11-08T09:00:01Z',
    });
    await tx.query(
      `INSERT INTO invitations (tenant_id, id, code_hash, name, email, department_id, rank_id, created_by, created_at, expires_at, accepted_user_id)
       VALUES ('ta', 'inv1', 'code-hash', '新人', NULL, 'zz-parent', NULL, $1, '2026-11-01T00:00:00Z', '2026-11-08T00:00:00Z', NULL)`,
      [u0.id],
    );
    for (let i = 1; i <= 5; i++) {
      await appendAudit(tx, 'ta', [
        {
          at: `2026-11-24T08:0${i}:00.${i}23Z`,
          actorId: i === 5 ? null : u0.id,
          action: 'instance.approve',
          subject: `instance:i-${i}`,
          data: { comment: `同意 ${i}`, nested: { b: 2, a: 1 } },
        },
      ]);
    }
    // sealed, so the restored chain is verified; tb's one row below stays unsealed
    await sealTenantAudit(tx, 'ta');
  });
  // a bigint beyond 2^53 (not a valid chain, so tenant tb's audit is not verified)
  await withPlatform(db, (tx) =>
    tx.query(
      `INSERT INTO audit_log (tenant_id, seq, at, action, subject, prev_hash, hash) VALUES ('tb', $1, '2026-01-01T00:00:00Z', 'x', 'y', 'p', 'h')`,
      [BIG_SEQ],
    ),
  );
}

/** The tables `seed` fills; tables added by later migrations are backed up all the same, just empty here. */
const SEEDED = [
  'tenants',
  'departments',
  'ranks',
  'positions',
  'users',
  'user_positions',
  'user_departments',
  'supervisions',
  'templates',
  'template_versions',
  'serial_counters',
  'instances',
  'tasks',
  'sessions',
  'delegations',
  'jobs',
  'notifications',
  'audit_log',
  'api_tokens',
  'webhooks',
  'webhook_deliveries',
  'template_folders',
  'template_grants',
  'invitations',
  'template_sources',
];

/** Edits one table's rows and recomputes its checksums, as someone tampering with a file on purpose would. */
function reseal(
  lines: readonly string[],
  table: string,
  edit: (rows: CanonicalRow[]) => CanonicalRow[],
): string[] {
  const header = JSON.parse(lines[0]!) as BackupHeader;
  const columns = header.tables.find((t) => t.name === table)!.columns.map((c) => c.name);
  const start = lines.indexOf(JSON.stringify({ table }));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('{"tableEnd"'));
  const rows = edit(lines.slice(start + 1, end).map((l) => JSON.parse(l) as CanonicalRow));
  const hasher = new TableHasher(columns);
  const body = rows.map((r) => hasher.add(r));
  const digest = hasher.digest();
  const trailer = JSON.parse(lines.at(-1)!) as { rows: number; tables: Fingerprint };
  trailer.rows += digest.rows - trailer.tables[table]!.rows;
  trailer.tables[table] = digest;
  return [
    ...lines.slice(0, start + 1),
    ...body,
    JSON.stringify({ tableEnd: table, ...digest }),
    ...lines.slice(end + 1, -1),
    JSON.stringify(trailer),
  ];
}

async function backupLines(db: Database, pageSize?: number): Promise<string[]> {
  let text = '';
  await backupDatabase(
    db,
    (chunk) => {
      text += chunk;
    },
    pageSize ? { pageSize } : {},
  );
  return text.split('\n').filter((l) => l !== '');
}

/** Lines as a restore reads them from a file: one at a time, asynchronously. */
async function* linesOf(lines: readonly string[]): AsyncGenerator<string> {
  for (const l of lines) yield await Promise.resolve(l);
}

async function refusal(p: Promise<unknown>): Promise<BackupError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(BackupError);
  return e as BackupError;
}

describe.each(testBackends())('backup and restore on %s', (kind) => {
  let source: TestDatabase;
  let before: Fingerprint;
  let lines: string[];
  beforeAll(async () => {
    source = await createTestDatabase(kind);
    await seed(source.db);
    before = await databaseFingerprint(source.db);
    lines = await backupLines(source.db, 3);
  });
  afterAll(() => source.dispose());

  it("backup, wipe, restore: every table's row count and checksum match", async () => {
    const tables = Object.keys(before);
    expect(tables).toEqual(
      expect.arrayContaining([
        'tenants',
        'departments',
        'users',
        'instances',
        'tasks',
        'audit_log',
        'jobs',
        'sessions',
      ]),
    );
    expect(tables).not.toContain('schema_migrations');
    for (const t of SEEDED) expect(before[t]?.rows, t).toBeGreaterThan(0);
    // parents first
    expect(tables.indexOf('tenants')).toBe(0);
    expect(tables.indexOf('users')).toBeGreaterThan(tables.indexOf('departments'));
    expect(tables.indexOf('tasks')).toBeGreaterThan(tables.indexOf('instances'));

    const wiped = await createTestDatabase(kind);
    try {
      expect(Object.values(await databaseFingerprint(wiped.db)).every((f) => f.rows === 0)).toBe(true);
      const summary = await restoreDatabase(wiped.db, linesOf(lines), { pageSize: 2 });
      expect(summary.rows).toBe(Object.values(before).reduce((n, f) => n + f.rows, 0));
      expect(summary.replacedRows).toBe(0);
      expect(await databaseFingerprint(wiped.db)).toEqual(before);

      expect(await withTenant(wiped.db, 'ta', (tx) => verifyAudit(tx, 'ta'))).toEqual({
        ok: true,
        entries: 5,
        unsealed: 0,
      });
      // the audit sequence goes on past the restored rows: a new entry is appended and chained on
      await withTenant(wiped.db, 'ta', async (tx) => {
        await appendAudit(tx, 'ta', [
          { at: '2026-12-01T00:00:00Z', actorId: null, action: 'x', subject: 'y' },
        ]);
        expect(await sealTenantAudit(tx, 'ta')).toBe(1);
        expect(await verifyAudit(tx, 'ta')).toEqual({ ok: true, entries: 6, unsealed: 0 });
      });
      const text = (db: Database) =>
        withPlatform(db, (tx) =>
          tx.query<{
            v: string;
          }>(`SELECT concat_ws('|', t.settings::text, t.deleted_at AT TIME ZONE 'UTC', a.seq::text, u.roles::text) AS v
            FROM tenants t JOIN audit_log a ON a.tenant_id = t.id, users u WHERE t.id = 'tb' AND u.tenant_id = 'ta' AND u.login = 'user2'`),
        );
      const [restored] = await text(wiped.db);
      expect(restored).toEqual((await text(source.db))[0]);
      expect(restored?.v).toContain(BIG_SEQ);
      expect(restored?.v).toContain('2026-11-24 00:01:02.123456');
      expect(restored?.v).toContain('12345678901234567890.5');
    } finally {
      await wiped.dispose();
    }
  });

  it('writes the versioned format: a header, tables in order, one line per row, a trailer with counts and checksums', () => {
    const header = JSON.parse(lines[0]!) as BackupHeader;
    expect(header).toMatchObject({ format: 'signoff-backup', version: 1, backend: kind });
    expect(header.schemaVersion).toBeGreaterThanOrEqual(20);
    expect(header.tables.map((t) => t.name)).toEqual(Object.keys(before));
    const users = header.tables.find((t) => t.name === 'users');
    expect(users?.primaryKey).toEqual(['tenant_id', 'id']);
    expect(users?.columns).toContainEqual({ name: 'roles', type: 'text[]' });
    const trailer = JSON.parse(lines.at(-1)!) as { end: string; rows: number; tables: Fingerprint };
    expect(trailer.end).toBe('signoff-backup');
    expect(trailer.tables).toEqual(before);
    expect(lines.filter((l) => l.startsWith('[')).length).toBe(trailer.rows);
  });

  it('replaces the data of a database that has some, only when allowed', async () => {
    const target = await createTestDatabase(kind);
    try {
      await withPlatform(target.db, (tx) => insertTenant(tx, { id: 'other', code: 'other', name: 'Other' }));
      const untouched = await databaseFingerprint(target.db);
      const e = await refusal(restoreDatabase(target.db, linesOf(lines)));
      expect(e.code).toBe('not_empty');
      expect(e.localized.zh).toContain('已有数据');
      expect(await databaseFingerprint(target.db)).toEqual(untouched);

      const summary = await restoreDatabase(target.db, linesOf(lines), { overwrite: true });
      expect(summary.replacedRows).toBe(1);
      expect(await databaseFingerprint(target.db)).toEqual(before);
    } finally {
      await target.dispose();
    }
  });

  it('refuses a truncated, altered or corrupted file, and the target is unchanged', async () => {
    const target = await createTestDatabase(kind);
    try {
      await withPlatform(target.db, (tx) => insertTenant(tx, { id: 'other', code: 'other', name: 'Other' }));
      const untouched = await databaseFingerprint(target.db);
      const attempt = (ls: string[]) =>
        refusal(restoreDatabase(target.db, linesOf(ls), { overwrite: true, pageSize: 2 }));

      // cut anywhere after the header: the last table's rows are in, the trailer is not
      expect((await attempt(lines.slice(0, -1))).code).toBe('truncated');
      expect((await attempt(lines.slice(0, Math.floor(lines.length / 2)))).code).toBe('truncated');
      expect((await attempt([])).code).toBe('truncated');

      // one value in one row changed (still valid JSON, still the right width)
      const i = lines.findIndex((l) => l.includes('阿尔法地产'));
      const altered = [...lines];
      altered[i] = lines[i]!.replace('阿尔法地产', '阿尔法置业');
      const e = await attempt(altered);
      expect(e.code).toBe('checksum_mismatch');
      expect(e.localized.en).toContain('tenants');
      expect(e.localized.zh).toContain('校验和');

      // a row dropped: caught at the end of its own table, before the tables that reference it
      const rowAt = lines.findIndex((l, n) => n > 0 && l.startsWith('['));
      const dropped = await attempt(lines.filter((_, n) => n !== rowAt));
      expect(dropped.code).toBe('checksum_mismatch');
      expect(dropped.localized.en).toContain('table tenants');

      // edited with the checksums recomputed: the database itself still refuses what does not fit
      const forged = reseal(lines, 'tenants', (rows) => rows.filter((r) => !r.includes('ta')));
      const refused = await attempt(forged);
      expect(refused.code).toBe('verify_failed');
      expect(refused.localized.en).toContain('foreign key');

      // garbage in the middle, a row of the wrong width, not a backup at all
      const garbled = [...lines];
      garbled[rowAt] = '{"half a line';
      expect((await attempt(garbled)).code).toBe('bad_format');
      const narrow = [...lines];
      narrow[rowAt] = '["only one"]';
      expect((await attempt(narrow)).code).toBe('bad_format');
      expect((await attempt(['{"hello":"world"}'])).code).toBe('bad_format');
      expect((await attempt([lines[0]!.replace('"version":1', '"version":2'), ...lines.slice(1)])).code).toBe(
        'bad_format',
      );

      expect(await databaseFingerprint(target.db)).toEqual(untouched);
    } finally {
      await target.dispose();
    }
  });

  it('refuses a backup from a newer schema, and one from an older schema into a newer database, in both languages', async () => {
    const header = JSON.parse(lines[0]!) as BackupHeader;
    const newer = [
      JSON.stringify({ ...header, schemaVersion: header.schemaVersion + 1000 }),
      ...lines.slice(1),
    ];
    const e = await refusal(restoreDatabase(source.db, linesOf(newer), { overwrite: true }));
    expect(e.code).toBe('newer_schema');
    expect(e.localized.zh).toContain('升级');
    expect(e.localized.en).toContain('upgrade Signoff');

    const older = [JSON.stringify({ ...header, schemaVersion: 3 }), ...lines.slice(1)];
    const o = await refusal(restoreDatabase(source.db, linesOf(older), { overwrite: true }));
    expect(o.code).toBe('schema_mismatch');
    expect(o.localized.en).toContain('empty database');
    expect(await databaseFingerprint(source.db)).toEqual(before);
  });
});

describe.each(testBackends())("types and tables beyond Signoff's own schema on %s", (kind) => {
  const PROBE = `CREATE TABLE backup_probe (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent_id integer REFERENCES backup_probe(id),
    b bytea, n numeric(30, 10), f8 double precision, f4 real, d date, iv interval, u uuid, s smallint,
    doubled integer GENERATED ALWAYS AS (s * 2) STORED, arr integer[], ts timestamp, js json, "Odd ""name""" text)`;

  it('round-trips bytea, numeric, floats, dates, intervals, uuids, json, identity and generated columns, and resets the identity', async () => {
    const source = await createTestDatabase(kind);
    const target = await createTestDatabase(kind);
    try {
      await source.db.exec(PROBE);
      await target.db.exec(PROBE);
      await source.db.exec(`
        INSERT INTO backup_probe (parent_id, b, n, f8, f4, d, iv, u, s, arr, ts, js, "Odd ""name""") VALUES
          (NULL, '\\x00ff10', 12345678901234567890.0123456789, 0.1, 3.4028235e38, '2024-02-29', '1 year 2 mons 3 days 04:05:06.789',
           'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', -32768, '{1,NULL,3}', '2026-01-01 00:00:00.000001', '{"b": 1,  "a": [2.50]}', 'x'),
          (NULL, '', -0.0000000001, 'NaN', '-Infinity', 'infinity', '-1 days', NULL, 7, '{}', NULL, 'null', NULL),
          (NULL, NULL, NULL, '-0', 1.5e-45, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
        UPDATE backup_probe SET parent_id = 3 WHERE id = 1;
        -- a dozen 1 MB values: pages shrink to a few rows instead of holding a thousand
        INSERT INTO backup_probe (b, s) SELECT decode(repeat(to_hex(g + 16), 1000000), 'hex'), g FROM generate_series(1, 12) g;`);
      const before = await databaseFingerprint(source.db);
      expect(before.backup_probe?.rows).toBe(15);
      const lines = await backupLines(source.db);
      expect(lines.find((l) => l.includes('"\\\\x00ff10"'))).toBeDefined();
      await restoreDatabase(target.db, linesOf(lines), { pageSize: 2 });
      expect(await databaseFingerprint(target.db)).toEqual(before);
      const [next] = await target.db.query<{ id: number }>(
        `INSERT INTO backup_probe DEFAULT VALUES RETURNING id`,
      );
      expect(next?.id).toBe(16);
    } finally {
      await Promise.all([source.dispose(), target.dispose()]);
    }
  });
});

describe('backup and restore of a PGlite data set', () => {
  let source: TestDatabase;
  let lines: string[];
  let before: Fingerprint;
  let dir: string;
  beforeAll(async () => {
    source = await createTestDatabase('pglite');
    await seed(source.db);
    before = await databaseFingerprint(source.db);
    lines = await backupLines(source.db);
    dir = await mkdtemp(join(tmpdir(), 'signoff-backup-'));
  });
  afterAll(async () => {
    await source.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it("restores into a database with no schema at all, migrating it to the backup's version first, in the same transaction", async () => {
    const header = JSON.parse(lines[0]!) as BackupHeader;
    const empty = await openPglite();
    try {
      const refused = await refusal(restoreDatabase(empty, linesOf(lines.slice(0, -1))));
      expect(refused.code).toBe('truncated');
      expect(await empty.query(`SELECT to_regclass('schema_migrations') AS t`)).toEqual([{ t: null }]);

      const summary = await restoreDatabase(empty, linesOf(lines));
      expect(summary.migrated).toEqual(
        (await loadMigrations()).filter((m) => m.version <= header.schemaVersion).map((m) => m.version),
      );
      expect(await databaseFingerprint(empty)).toEqual(before);
    } finally {
      await empty.close();
    }
  });

  it('restores a backup taken before a migration into an empty database at that older version', async () => {
    const all = await loadMigrations();
    const old = all.filter((m) => m.version <= 3);
    const oldDb = await openPglite();
    const target = await openPglite();
    try {
      await migrate(oldDb, old);
      await withPlatform(oldDb, (tx) => insertTenant(tx, { id: 'ta', code: 'alpha', name: 'Alpha' }));
      const oldLines = await backupLines(oldDb);
      expect((JSON.parse(oldLines[0]!) as BackupHeader).schemaVersion).toBe(3);
      const summary = await restoreDatabase(target, linesOf(oldLines));
      expect(summary.migrated).toEqual(old.map((m) => m.version));
      expect(await databaseFingerprint(target)).toEqual(await databaseFingerprint(oldDb));
      // the normal migrations then carry it forward
      await migrate(target, all);
      expect(await target.query(`SELECT name, settings FROM tenants`)).toEqual([
        { name: 'Alpha', settings: {} },
      ]);
    } finally {
      await oldDb.close();
      await target.close();
    }
  });

  it('writes and reads files, gzip when the name ends with .gz, renaming only a complete file into place', async () => {
    for (const name of ['plain.jsonl', 'packed.jsonl.gz']) {
      const file = join(dir, name);
      const summary = await backupToFile(source.db, file);
      expect(summary.gzip).toBe(name.endsWith('.gz'));
      expect(summary.rows).toBe(Object.values(before).reduce((n, f) => n + f.rows, 0));
      const bytes = await readFile(file);
      expect(bytes.length).toBe(summary.fileBytes);
      const text = summary.gzip ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      expect(text.split('\n').filter(Boolean).slice(1)).toEqual(lines.slice(1));
      const target = await openPglite();
      try {
        await restoreDatabase(target, readBackupLines(file));
        expect(await databaseFingerprint(target)).toEqual(before);
      } finally {
        await target.close();
      }
    }
    await expect(backupToFile(source.db, join(dir, 'no-such-dir', 'x.jsonl'))).rejects.toThrow();
  });

  it('refuses a cut-off gzip file', async () => {
    const packed = gzipSync(Buffer.from(`${lines.join('\n')}\n`));
    const cut = join(dir, 'cut.jsonl.gz');
    await writeFile(cut, packed.subarray(0, Math.floor(packed.length * 0.6)));
    const target = await openPglite();
    try {
      const e = await refusal(restoreDatabase(target, readBackupLines(cut)));
      expect(e.code).toBe('truncated');
      expect(await target.query(`SELECT to_regclass('tenants') AS t`)).toEqual([{ t: null }]);
    } finally {
      await target.close();
    }
  });
});

describe.runIf(process.env.DATABASE_URL)('across backends', () => {
  it('a PGlite backup restores into PostgreSQL, and a PostgreSQL backup into PGlite, with equal fingerprints', async () => {
    const lite = await createTestDatabase('pglite');
    const pg = await createTestDatabase('postgres');
    const back = await createTestDatabase('pglite');
    try {
      await seed(lite.db);
      const before = await databaseFingerprint(lite.db);
      await restoreDatabase(pg.db, linesOf(await backupLines(lite.db)));
      expect(await databaseFingerprint(pg.db)).toEqual(before);
      expect(await withTenant(pg.db, 'ta', (tx) => verifyAudit(tx, 'ta'))).toEqual({
        ok: true,
        entries: 5,
        unsealed: 0,
      });
      await restoreDatabase(back.db, linesOf(await backupLines(pg.db)));
      expect(await databaseFingerprint(back.db)).toEqual(before);
    } finally {
      await Promise.all([lite.dispose(), pg.dispose(), back.dispose()]);
    }
  });
});
