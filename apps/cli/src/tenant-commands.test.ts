import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signoff } from './run-signoff.test-helper.js';

describe('signoff tenant', () => {
  it('creates a company with a one-time admin password, lists it, suspends it, and refuses a bad code in both languages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'signoff-tenant-'));
    const created = await signoff('tenant', 'create', '--code', 'acme', '--name', '极致建设', '--data-dir', dir);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/one-time password \/ 初始密码: \S{8,}/);

    const listed = await signoff('tenant', 'list', '--json', '--data-dir', dir);
    const rows = JSON.parse(listed.stdout) as { code: string; status: string; users: number }[];
    expect(rows).toEqual([expect.objectContaining({ code: 'acme', status: 'active', users: 1 })]);

    expect((await signoff('tenant', 'suspend', 'acme', '--data-dir', dir)).stdout).toContain('suspended');
    const after = JSON.parse((await signoff('tenant', 'list', '--json', '--data-dir', dir)).stdout) as { status: string }[];
    expect(after[0]?.status).toBe('suspended');

    const bad = await signoff('tenant', 'create', '--code', 'A B', '--name', 'x', '--data-dir', dir);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('企业代码');
    expect(bad.stderr).toContain('Invalid company code');
  });
});
