import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiDeps } from '@signoff/api';
import { seedDemoTenant } from '@signoff/api/demo';
import {
  appendAudit,
  databaseFingerprint,
  migrate,
  openDatabase,
  withTenant,
  type Fingerprint,
} from '@signoff/db';
import { signoff } from './run-signoff.test-helper.js';

async function fingerprintOf(dataDir: string): Promise<Fingerprint> {
  const db = await openDatabase({ dataDir });
  try {
    return await databaseFingerprint(db);
  } finally {
    await db.close();
  }
}

describe('signoff backup and restore', () => {
  let dir: string;
  let source: string;
  let before: Fingerprint;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'signoff-backup-cli-'));
    source = join(dir, 'source');
    const db = await openDatabase({ dataDir: source });
    try {
      await migrate(db);
      await seedDemoTenant(createApiDeps(db));
      const [tenant] = await db.query<{ id: string }>(`SELECT id FROM tenants WHERE code = 'demo'`);
      await withTenant(db, tenant!.id, (tx) =>
        appendAudit(tx, tenant!.id, [
          {
            at: '2026-11-24T08:00:00.123456Z',
            actorId: null,
            action: 'backup.drill',
            subject: 'cli',
            data: { n: 1 },
          },
        ]),
      );
    } finally {
      await db.close();
    }
    before = await fingerprintOf(source);
  }, 180_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('backs up to a .gz file, restores it into a second data directory, and refuses to overwrite data without --yes', async () => {
    const file = join(dir, 'nightly', 'signoff.jsonl.gz');
    const backup = await signoff('backup', file, '--data-dir', source);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/tables \/ 表: \d+ {3}rows \/ 行: \d+/);
    expect(backup.stdout).toMatch(/bytes \/ 字节: \d+ \(gzip; \d+ uncompressed/);
    expect(backup.stdout).toMatch(/time \/ 用时: [\d.]+ s/);
    expect(backup.stderr).toMatch(/backed up \[ 1\/\d+\] tenants +1 rows/);
    expect((await stat(file)).size).toBeGreaterThan(100);

    const target = join(dir, 'target');
    const restored = await signoff('restore', file, '--data-dir', target);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('counts and checksums verified');
    expect(await fingerprintOf(target)).toEqual(before);

    const again = await signoff('restore', file, '--data-dir', target);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--yes');
    expect(again.stderr).toContain('已有数据');
    expect(again.stderr).toContain('already holds data');

    const forced = await signoff('restore', file, '--data-dir', target, '--yes', '--verify');
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/ok +tenants +1 rows/);
    expect(forced.stdout).toContain('verified / 复核一致');
    expect(forced.stdout).not.toContain('MISMATCH');
    expect(await fingerprintOf(target)).toEqual(before);
  });
});
