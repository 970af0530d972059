import { testBackends } from '@signoff/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { createCatalogTenant } from './seed-catalog-tenants.js';
import { hashPassword } from '../auth/password.js';

const errorOf = (e: unknown) => toAppErrorData((e as Error).cause);

describe.each(testBackends())('the catalog wizard API on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let member: TestBrowser;
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = h.browser();
    await admin.login('admin');
    member = h.browser();
    await member.login('zhang.san');
  });
  afterAll(() => h.t.dispose());

  it('is for tenant admins only', async () => {
    const api = await member.api();
    for (const call of [
      () => api.catalog.list(),
      () => api.catalog.plan({ catalog: 'small-company' }),
      () => api.catalog.import({ catalog: 'small-company', createMissing: true }),
    ]) {
      const e = await call().catch((x: unknown) => x);
      expect(errorOf(e).code).toBe('forbidden');
    }
  });

  it('lists the shipped catalogs with their flows', async () => {
    const list = await (await admin.api()).catalog.list();
    const byCode = new Map(list.map((c) => [c.code, c]));
    const re = byCode.get('real-estate');
    const sc = byCode.get('small-company');
    if (!re || !('flows' in re) || !sc || !('flows' in sc)) throw new Error('catalogs missing or invalid');
    expect(re.flows).toHaveLength(20);
    expect(sc.flows).toHaveLength(11);
    expect(re.flows.find((f) => f.key === 're_leave')).toMatchObject({
      seedTitle: '请休假管理',
      seedNumber: 10,
    });
  });

  it('plans against the tenant org, refuses a partial import, then imports with what is missing created', async () => {
    const api = await admin.api();
    const plan = await api.catalog.plan({ catalog: 'small-company', flows: ['请休假管理'] });
    expect(plan.complete).toBe(false);
    expect(plan.positions.map((p) => [p.name, p.status])).toEqual([
      ['董事长', 'missing'],
      ['综合部经理', 'missing'],
    ]);

    const refused = await api.catalog
      .import({ catalog: 'small-company', flows: ['请休假管理'] })
      .catch((e: unknown) => e);
    const data = errorOf(refused);
    expect(data.code).toBe('validation_failed');
    expect(data.fieldErrors?.[0]?.path).toMatch(/^templates\/small-company\/05-sc_leave\.json#requires\./);
    expect((await api.forms.listPublished()).map((f) => f.key)).toEqual(['leave']);

    const done = await api.catalog.import({
      catalog: 'small-company',
      flows: ['请休假管理'],
      createMissing: true,
    });
    expect(done.templates).toEqual([
      expect.objectContaining({ key: 'sc_leave', status: 'published', version: 1 }),
    ]);
    expect((await api.forms.listPublished()).map((f) => f.key).sort()).toEqual(['leave', 'sc_leave']);
    const again = await api.catalog.import({ catalog: 'small-company', flows: ['sc_leave'] });
    expect(again.templates[0]?.status).toBe('unchanged');

    const exported = await api.catalog.export({ key: 'sc_leave' });
    expect(exported).toMatchObject({ formatVersion: 1, key: 'sc_leave', seed: { title: '请休假管理' } });
  });

  it('plans and refuses with the admin mapping: a department offered as a position is named, nothing written', async () => {
    const api = await admin.api();
    const view = await api.org.view();
    const department = view.departments[0];
    const position = view.positions[0];
    if (!department || !position) throw new Error('the demo org has no department or position');
    const mapped = await api.catalog.plan({
      catalog: 'small-company',
      flows: ['sc_attendance_fix'],
      mapping: { positions: { 董事长: position.id } },
    });
    expect(mapped.positions[0]).toMatchObject({
      name: '董事长',
      status: 'found',
      mappedTo: { id: position.id },
    });

    const before = (await api.forms.listPublished()).length;
    for (const call of [
      () => api.catalog.plan({ catalog: 'small-company', mapping: { positions: { 董事长: department.id } } }),
      () =>
        api.catalog.import({
          catalog: 'small-company',
          createMissing: true,
          mapping: { positions: { 董事长: department.id } },
        }),
    ]) {
      const data = errorOf(await call().catch((e: unknown) => e));
      expect(data.code).toBe('validation_failed');
      expect(data.message.zh).toContain(`「${department.name}」是部门`);
      expect(data.message.en).toContain('is a department');
      expect(data.fieldErrors?.[0]?.path).toBe('mapping.positions.董事长');
    }
    expect((await api.forms.listPublished()).length).toBe(before);
  });

  it('refuses a catalog code that is not shipped, and paths', async () => {
    const api = await admin.api();
    expect(
      errorOf(await api.catalog.plan({ catalog: 'no-such-catalog' }).catch((e: unknown) => e)).code,
    ).toBe('validation_failed');
    expect(errorOf(await api.catalog.plan({ catalog: '../templates' }).catch((e: unknown) => e)).code).toBe(
      'bad_request',
    );
  });

  it('a catalog demo tenant logs in with the demo password and sees its flows', async () => {
    await createCatalogTenant(h.deps, {
      catalog: 'small-company',
      tenantCode: 'small-company',
      passwordHash: await hashPassword('Signoff#2026'),
    });
    const b = h.browser();
    await b.login('staff.market', 'Signoff#2026', 'small-company');
    const forms = await (await b.api()).forms.listPublished();
    expect(forms).toHaveLength(11);
    const chairman = h.browser();
    await chairman.login('chairman', 'Signoff#2026', 'small-company');
  });
});
