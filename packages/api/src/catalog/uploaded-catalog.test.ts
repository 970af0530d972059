import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { testBackends } from '@signoff/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness } from '../test/api-harness.js';

const errorOf = (e: unknown) => toAppErrorData((e as Error).cause);
const vehicle = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../../templates/small-company/04-sc_vehicle.json', import.meta.url)),
    'utf8',
  ),
) as Record<string, unknown>;

describe.each(testBackends())('an uploaded template file in the catalog wizard on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(() => h.t.dispose());

  it('is planned and imported like a one-flow catalog', async () => {
    const admin = h.browser();
    await admin.login('admin');
    const api = await admin.api();
    const plan = await api.catalog.plan({ catalog: 'upload', file: vehicle });
    expect(plan.flows.map((f) => f.key)).toEqual(['sc_vehicle']);
    expect(plan.positions.find((p) => p.name === '司机')?.status).toBe('missing');
    const done = await api.catalog.import({ catalog: 'upload', file: vehicle, createMissing: true });
    expect(done.templates.map((t) => [t.key, t.status])).toEqual([['sc_vehicle', 'published']]);
    expect(done.created.positions).toContain('司机');
  });

  it('refuses a file that is not a template, naming the problem, and imports nothing', async () => {
    const admin = h.browser();
    await admin.login('admin');
    const api = await admin.api();
    const e = await api.catalog
      .import({
        catalog: 'upload',
        file: { ...vehicle, key: 'sc_broken', route: { nodes: 'none' } },
        createMissing: true,
      })
      .catch((x: unknown) => x);
    expect(errorOf(e).code).toBe('validation_failed');
    expect((await api.forms.listPublished()).some((f) => f.key === 'sc_broken')).toBe(false);
  });
});
