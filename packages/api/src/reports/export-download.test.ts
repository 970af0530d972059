import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../trpc/context.js';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness } from '../test/api-harness.js';
import { prepareInstancesDownload } from './export-download.js';

const RANGE = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };

// Issue 16 item 9: every refusal is known before the first byte of the streamed file.
describe('the streamed Excel export', () => {
  let h: Harness;
  let cookie: string | undefined;
  beforeAll(async () => {
    h = await createHarness('pglite');
    const admin = h.browser();
    await admin.login('admin');
    cookie = admin.cookies.get(SESSION_COOKIE);
  });
  afterAll(() => h.t.dispose());

  it('refuses an unknown form and a range no database date holds before anything is written', async () => {
    const refusal = (query: unknown) =>
      prepareInstancesDownload(h.deps, cookie, query).then(
        () => null,
        (e: unknown) => toAppErrorData(e),
      );
    expect(await refusal({ ...RANGE, templateKey: 'no-such-form' })).toMatchObject({ code: 'not_found' });
    for (const range of [
      { from: '0000-01-01T00:00:00Z', to: '9999-12-31T00:00:00Z' },
      { from: '2027-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    ])
      expect(await refusal(range)).toMatchObject({ code: 'bad_request', messageKey: 'errors.badRange' });
  });

  it('a range it accepts streams a whole workbook', async () => {
    const download = await prepareInstancesDownload(h.deps, cookie, { ...RANGE, templateKey: 'leave' });
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await download.write(out);
    const file = Buffer.concat(chunks);
    expect(file.subarray(0, 2).toString()).toBe('PK');
    expect(download.fileName).toBe('leave-2026-01-01-2027-01-01.xlsx');
  });
});
