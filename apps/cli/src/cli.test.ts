import { loadMigrations } from '@signoff/db';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signoff } from './run-signoff.test-helper.js';

describe('the signoff command', () => {
  it('--help lists the commands with examples', async () => {
    const { code, stdout } = await signoff('--help');
    expect(code).toBe(0);
    for (const cmd of ['start', 'migrate', 'seed-demo']) expect(stdout).toContain(cmd);
    expect(stdout).toContain('Examples:');
  });

  it('migrate creates the schema once, then reports it up to date; seed-demo is idempotent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'signoff-cli-'));
    const migrations = await loadMigrations();
    const latest = Math.max(...migrations.map((m) => m.version));
    const first = await signoff('migrate', '--data-dir', dir);
    expect(first.stdout).toContain(`applied ${migrations.map((m) => `${m.version} ${m.name}`).join(', ')}; now at version ${latest}`);
    const second = await signoff('migrate', '--data-dir', dir);
    expect(second.stdout).toContain(`database is up to date (version ${latest})`);
    expect((await signoff('seed-demo', '--data-dir', dir)).stdout).toContain('demo tenant created');
    expect((await signoff('seed-demo', '--data-dir', dir)).stdout).toContain('nothing changed');
  });

  it('refuses a bad port with a message in both languages', async () => {
    const { code, stderr } = await signoff('start', '--port', 'abc', '--data-dir', 'memory');
    expect(code).not.toBe(0);
    expect(stderr).toContain('端口无效 / invalid port: abc');
  });

  it('refuses an unknown command', async () => {
    const { code, stderr } = await signoff('frobnicate');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/unknown command/);
  });
});
