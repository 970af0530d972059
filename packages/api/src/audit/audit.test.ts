import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditChains, withPlatform } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

describe.each(testBackends())('the audit trail on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  beforeAll(async () => {
    h = await createHarness(kind);
    const zhang = h.browser();
    await zhang.login('zhang.san');
    await h
      .browser()
      .login('li.si', 'wrong')
      .catch(() => undefined);
    const api = await zhang.api();
    const leave = (await api.forms.listPublished()).find((f) => f.key === 'leave');
    await api.instances.submit({
      templateId: leave?.templateId ?? '',
      data: { type: '事假', days: 1, reason: '审计' },
    });
    admin = h.browser();
    await admin.login('admin');
    await (await admin.api()).org.resetPassword({ id: 'u-zhao' });
  });
  afterAll(() => h.t.dispose());

  it('records logins, failed logins, submissions and admin changes, with no secret in them', async () => {
    const rows = await (await admin.api()).audit.list({});
    const actions = rows.map((r) => r.action);
    for (const a of ['auth.login', 'auth.loginFailed', 'instance.submit', 'org.resetPassword'])
      expect(actions).toContain(a);
    const reset = rows.find((r) => r.action === 'org.resetPassword');
    expect(JSON.stringify(reset?.data)).not.toContain('temporaryPassword');
    expect(reset?.actorId).toBe('u-admin');
    expect(
      (await (await admin.api()).audit.list({ action: 'auth.' })).every((r) => r.action.startsWith('auth.')),
    ).toBe(true);
  });

  it('filters by person and by a time window', async () => {
    const api = await admin.api();
    const mine = await api.audit.list({ actorId: 'u-zhang' });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.actorId === 'u-zhang')).toBe(true);
    expect(mine.map((r) => r.action)).toContain('instance.submit');
    const all = await api.audit.list({});
    const newest = all[0]?.at ?? '';
    expect(await api.audit.list({ from: new Date(Date.parse(newest) + 1000).toISOString() })).toEqual([]);
    expect((await api.audit.list({ to: newest })).map((r) => r.seq)).not.toContain(all[0]?.seq);
  });

  it("verifies the sealed chain, reports what is not sealed yet, and names the entry altered behind the app's back", async () => {
    const api = await admin.api();
    // nothing seals here but the job loop, which this harness does not run
    const fresh = await api.audit.verify();
    expect(fresh).toMatchObject({ ok: true, entries: 0 });
    expect(fresh.unsealed).toBeGreaterThan(0);
    await sealAuditChains(h.t.db);
    const sealed = await api.audit.verify();
    expect(sealed).toMatchObject({ ok: true, unsealed: 0, entries: fresh.unsealed });
    expect((await api.audit.list({})).every((r) => r.chainPos !== null && r.hash !== null)).toBe(true);
    // the reads above were not audited; an admin change is, and waits for the next seal
    await api.org.resetPassword({ id: 'u-zhao' });
    expect(await api.audit.verify()).toMatchObject({ ok: true, unsealed: 1 });
    await withPlatform(h.t.db, async (tx) => {
      await tx.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_guard');
      await tx.query(`UPDATE audit_log SET actor_id = 'u-wang' WHERE chain_pos = 2`);
      await tx.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_guard');
    });
    expect(await api.audit.verify()).toMatchObject({ ok: false, brokenAt: 2, why: 'hash' });
  });

  it('refuses to change a sealed entry, even for the database owner', async () => {
    await expect(
      withPlatform(h.t.db, (tx) => tx.query(`UPDATE audit_log SET actor_id = 'u-wang' WHERE chain_pos = 1`)),
    ).rejects.toThrow(/sealed/);
  });
});
