import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { createHarness, type Harness, type TestBrowser } from '../../test/api-harness.js';
import { foreignAdmin } from '../../test/template-admin-fixtures.js';
import { handleRest } from './handle-rest.js';
import { ajv2020, LEAVE, restKit, type JsonAnswer } from './rest-test-kit.js';

type Kit = Awaited<ReturnType<typeof restKit>>;
interface Page {
  items: { instanceId: string }[];
  nextCursor: string | null;
}

describe.each(testBackends())('REST reads, schemas and files on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let kit: Kit;
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = h.browser();
    await admin.login('admin');
    kit = await restKit(h, admin);
  });
  afterAll(() => h.t.dispose());

  const submit = (data: Record<string, unknown> = LEAVE) =>
    kit.call(kit.tokens.submit, 'POST', '/instances', {
      body: { templateKey: 'leave', applicant: 'zhang.san', data },
    });
  const page = async (query: Record<string, string>) => {
    const res = await kit.call(kit.tokens.read, 'GET', '/instances', { query });
    expect(res.status).toBe(200);
    return res.body as Page;
  };

  it('lists the published templates with their keys and versions', async () => {
    const res = await kit.call(kit.tokens.read, 'GET', '/templates');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: 'leave',
          version: 1,
          name: { zh: '请假申请', en: 'Leave request' },
          archived: false,
        }),
      ]),
    );
  });

  it("pages through the tenant's requests by cursor, without repeats even when requests arrive meanwhile", async () => {
    for (let i = 0; i < 5; i++) expect((await submit()).status).toBe(201);
    const all = (await page({ limit: '100' })).items.map((i) => i.instanceId);
    expect(all.length).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const p: Page = await page({ limit: '2', ...(cursor ? { cursor } : {}) });
      seen.push(...p.items.map((i) => i.instanceId));
      cursor = p.nextCursor;
      // a request filed between pages is newer than every page still to come
      if (pages++ === 0) expect((await submit()).status).toBe(201);
    } while (cursor);
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);

    const filtered = await page({
      applicant: 'zhang.san',
      status: 'running',
      templateKey: 'leave',
      limit: '100',
    });
    expect(filtered.items).toHaveLength(all.length + 1);
    expect((await page({ applicant: 'li.si' })).items).toHaveLength(0);
    expect((await page({ q: 'no-such-serial' })).items).toHaveLength(0);
  });

  it("serves the template's JSON Schema: ajv's verdict on a submission is the server's", async () => {
    const res = await kit.call(kit.tokens.read, 'GET', '/templates/leave/schema');
    expect(res.status).toBe(200);
    const validate = ajv2020().compile(res.body as object);
    const verdicts: number[] = [];
    for (const data of [LEAVE, { ...LEAVE, days: 0.1 }, { type: '事假' }, { ...LEAVE, days: 'two' }]) {
      const verdict = (await submit(data)).status;
      verdicts.push(verdict);
      expect(verdict === 201, JSON.stringify(data)).toBe(validate(data));
      if (verdict !== 201) expect(verdict).toBe(422);
    }
    expect(verdicts).toEqual([201, 422, 422, 422]);
    expect(
      (await kit.call(kit.tokens.read, 'GET', '/templates/leave/schema', { query: { version: '99' } }))
        .status,
    ).toBe(404);
  });

  it('generates the TypeScript of a template', async () => {
    const res = await kit.call(kit.tokens.read, 'GET', '/templates/leave/types');
    expect(res).toMatchObject({ status: 200, body: { key: 'leave', version: 1 } });
    expect((res.body as { typescript: string }).typescript).toMatch(/export (interface|type) Leave\b/);
  });

  it("uploads with the app's sniffing and downloads within the token's tenant only", async () => {
    const upload = (name: string, bytes: Uint8Array, user = 'zhang.san') =>
      handleRest(h.deps, {
        method: 'POST',
        path: '/attachments',
        headers: { authorization: `Bearer ${kit.tokens.all}` },
        query: {},
        body: undefined,
        file: { name, type: 'application/pdf', bytes },
        fields: { user },
      }) as Promise<JsonAnswer>;
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const stored = await upload('发票.pdf', pdf);
    expect(stored).toMatchObject({
      status: 201,
      body: { name: '发票.pdf', type: 'application/pdf', size: pdf.length },
    });
    const fake = await upload('fake.pdf', new TextEncoder().encode('MZ not really a pdf'));
    expect(fake.status).toBe(400);
    const { id } = stored.body as { id: string };
    const down = await kit.call(kit.tokens.read, 'GET', `/attachments/${id}`);
    expect(down).toMatchObject({ status: 200, contentType: 'application/pdf', fileName: '发票.pdf' });
    expect(Buffer.from((down as unknown as { bytes: Uint8Array }).bytes).equals(Buffer.from(pdf))).toBe(true);

    const beta = await foreignAdmin(h, 'gamma');
    const betaToken = (
      await (await beta.api()).integrations.createToken({ name: 'other', scopes: ['admin'] })
    ).token;
    const other = await kit.call(betaToken, 'GET', `/attachments/${id}`);
    expect(other).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    const inst = ((await submit()).body as { id: string }).id;
    expect((await kit.call(betaToken, 'GET', `/instances/${inst}`)).status).toBe(404);
    expect((await kit.call(betaToken, 'GET', '/instances', { query: {} })).body).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});
