import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { uploadAttachment } from '../attachments/attachment-service.js';
import { serviceContextFor } from '../trpc/service-context.js';
import { SESSION_COOKIE, type SessionContext } from '../trpc/context.js';
import { resolveSession } from '../auth/session.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

const errorOf = (e: unknown) => toAppErrorData(e instanceof Error && e.cause ? e.cause : e);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => errorOf(e),
  );

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const pdf = Buffer.from('%PDF-1.7\nsignature?\n%%EOF\n');

describe.each(testBackends())('the saved signature on %s', (kind) => {
  let h: Harness;
  let zhang: TestBrowser;
  let li: TestBrowser;

  const sessionOf = async (b: TestBrowser): Promise<SessionContext> => {
    const s = await resolveSession(h.deps, b.cookies.get(SESSION_COOKIE));
    if (!s) throw new Error('not logged in');
    return s;
  };

  beforeAll(async () => {
    h = await createHarness(kind);
    zhang = h.browser();
    await zhang.login('zhang.san');
    li = h.browser();
    await li.login('li.si');
  });
  afterAll(() => h.t.dispose());

  it('keeps an image the person uploaded, gives it back with its download address, and replaces it on a second save', async () => {
    const api = await zhang.api();
    expect(await api.account.signature()).toBeNull();
    const first = await uploadAttachment(await serviceContextFor(h.deps, await sessionOf(zhang)), {
      name: 'signature.png',
      bytes: png,
    });
    expect(await api.account.saveSignature({ attachmentId: first.id })).toEqual({
      attachmentId: first.id,
      url: `/files/${first.id}`,
    });
    expect(await api.account.signature()).toEqual({ attachmentId: first.id, url: `/files/${first.id}` });
    const second = await uploadAttachment(await serviceContextFor(h.deps, await sessionOf(zhang)), {
      name: 'signature-2.png',
      bytes: png,
    });
    await api.account.saveSignature({ attachmentId: second.id });
    expect((await api.account.signature())?.attachmentId).toBe(second.id);
    // and it is theirs alone
    expect(await (await li.api()).account.signature()).toBeNull();
  });

  it("refuses someone else's upload as not found, and a file that is no image, changing nothing", async () => {
    const api = await zhang.api();
    const before = await api.account.signature();
    const lis = await uploadAttachment(await serviceContextFor(h.deps, await sessionOf(li)), {
      name: 'li.png',
      bytes: png,
    });
    expect(await refusal(api.account.saveSignature({ attachmentId: lis.id }))).toMatchObject({
      code: 'not_found',
    });
    const doc = await uploadAttachment(await serviceContextFor(h.deps, await sessionOf(zhang)), {
      name: 'sign.pdf',
      bytes: pdf,
    });
    const notImage = await refusal(api.account.saveSignature({ attachmentId: doc.id }));
    expect(notImage).toMatchObject({ code: 'bad_request', messageKey: 'errors.signatureNotImage' });
    expect(notImage?.message.zh).toContain('图片');
    expect(notImage?.message.en).toContain('image');
    expect(await refusal(api.account.saveSignature({ attachmentId: 'no-such-file' }))).toMatchObject({
      code: 'not_found',
    });
    expect(await api.account.signature()).toEqual(before);
  });
});
