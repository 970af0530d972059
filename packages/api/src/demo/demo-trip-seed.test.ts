import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { seedDemoTripTemplate } from './demo-trip-seed.js';
import { createHarness, type Harness } from '../test/api-harness.js';

const tripData = {
  destination: '深圳',
  period: ['2026-12-07', '2026-12-09'],
  itinerary: [
    { item: '交通', amount: 820.5 },
    { item: '住宿', amount: 1200 },
  ],
  advance: 1500,
  purpose: '项目验收',
  privateNote: '需要开具增值税专票',
};

describe.each(testBackends())('the demo trip form on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(() => h.t.dispose());

  it('is added to the demo company once, and the applicant can file it with its total computed', async () => {
    expect(await seedDemoTripTemplate(h.deps)).toEqual({ created: true });
    expect(await seedDemoTripTemplate(h.deps)).toEqual({ created: false });
    const zhang = h.browser();
    await zhang.login('zhang.san');
    const forms = await (await zhang.api()).forms.listPublished();
    expect(forms.map((f) => f.key).sort()).toEqual(['leave', 'trip']);
    const trip = forms.find((f) => f.key === 'trip')!;
    const submitted = await (
      await zhang.api()
    ).instances.submit({ templateId: trip.templateId, data: tripData });
    expect(submitted.serialNo).toMatch(/^CC-\d{6}-0001$/);
    const mine = await (await zhang.api()).instances.get({ id: submitted.id });
    expect(mine.data).toMatchObject({ total: 2020.5, privateNote: '需要开具增值税专票' });

    // the department head's step never shows the note meant for administration
    const li = h.browser();
    await li.login('li.si');
    const seen = await (await li.api()).instances.get({ id: submitted.id });
    expect(seen.data).not.toHaveProperty('privateNote');
    expect(seen.uiSchema.order).not.toContain('privateNote');
    expect(seen.data).toMatchObject({ destination: '深圳', advance: 1500 });
  });
});
