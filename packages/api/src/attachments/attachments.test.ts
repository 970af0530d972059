import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { SESSION_COOKIE, type ApiDeps, type SessionContext } from '../trpc/context.js';
import { resolveSession } from '../auth/session.js';
import { createTenant } from '../tenants/tenant-admin.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { serviceContextFor } from '../trpc/service-context.js';
import { attachmentStore } from './attachment-store.js';
import {
  attachToRequest,
  downloadAttachment,
  fileErrorResponse,
  fileSession,
  uploadAttachment,
} from './attachment-service.js';
import { blobKey, parseBlobKey } from './blob-store.js';
import { contentDisposition, sanitizeFileName } from './file-policy.js';
import { localDirBlobStore } from './local-dir-blob-store.js';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const errorOf = (e: unknown) => toAppErrorData(e instanceof Error && e.cause ? e.cause : e);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => errorOf(e),
  );

const pdf = (body = randomBytes(2048)) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), body, Buffer.from('\n%%EOF\n')]);
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
// the start of a Windows executable: "MZ", then the rest of the DOS header
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);

async function sessionOf(h: Harness, b: TestBrowser): Promise<SessionContext> {
  const s = await resolveSession(h.deps, b.cookies.get(SESSION_COOKIE));
  if (!s) throw new Error('not logged in');
  return s;
}

describe('file names and keys', () => {
  it('keeps only the base name, without control characters or quotes, and encodes it for Content-Disposition', () => {
    expect(sanitizeFileName('C:\\fakepath\\报价单.pdf')).toBe('报价单.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('\u2067报价\u2069单\u200f.pdf')).toBe('报价单.pdf');
    expect(sanitizeFileName('a"b\r\n.pdf')).toBe('a_b__.pdf');
    expect(sanitizeFileName('...')).toBe('file');
    expect(sanitizeFileName(`${'长'.repeat(300)}.docx`)).toMatch(/^长{195}\.docx$/);
    expect(contentDisposition('报价 "单".pdf')).toBe(
      `attachment; filename="__ ___.pdf"; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%20_%E5%8D%95_.pdf`,
    );
  });

  it('a key is the tenant and a random id; a path is never a key', () => {
    expect(parseBlobKey(blobKey('t-1', 'abc'))).toEqual({ tenantId: 't-1', id: 'abc' });
    for (const bad of ['../x', 't/../../x', 't/a/b', 't/a.b', '/etc/passwd', 't/'])
      expect(() => parseBlobKey(bad)).toThrow();
  });
});

describe.each(testBackends())('attachments on %s', (kind) => {
  let h: Harness;
  let dir: string;
  let zhang: TestBrowser;
  let li: TestBrowser;
  let wang: TestBrowser;
  let admin: TestBrowser;
  let instanceId = '';
  const stores: Record<'database' | 'local', () => ApiDeps> = {
    database: () => h.deps,
    local: () => ({ ...h.deps, blobStore: localDirBlobStore(dir) }),
  };

  beforeAll(async () => {
    h = await createHarness(kind);
    dir = await mkdtemp(join(tmpdir(), 'signoff-files-'));
    [zhang, li, wang, admin] = [h.browser(), h.browser(), h.browser(), h.browser()];
    await zhang.login('zhang.san');
    await li.login('li.si');
    await wang.login('wang.wu');
    await admin.login('admin');
    const forms = await (await zhang.api()).forms.listPublished();
    const leave = forms.find((f) => f.key === 'leave');
    // one day: the department head (li.si) approves; wang.wu has no part in it
    instanceId = (
      await (
        await zhang.api()
      ).instances.submit({
        templateId: leave!.templateId,
        data: { type: '事假', days: 1, reason: '附件测试' },
      })
    ).id;
  });
  afterAll(async () => {
    await h.t.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['database', 'local'] as const)(
    'uploads and downloads the same bytes on the %s store',
    async (store) => {
      const deps = stores[store]();
      expect(attachmentStore(deps).kind).toBe(store);
      const bytes = pdf();
      const up = await uploadAttachment(await serviceContextFor(deps, await sessionOf(h, zhang)), {
        name: 'C:\\fakepath\\报价单.pdf',
        bytes,
        claimedType: 'application/pdf',
      });
      expect(up).toMatchObject({
        name: '报价单.pdf',
        size: bytes.length,
        type: 'application/pdf',
        sha256: sha256(bytes),
      });
      const down = await downloadAttachment(await serviceContextFor(deps, await sessionOf(h, zhang)), up.id);
      expect(sha256(down.bytes)).toBe(up.sha256);
      expect(Buffer.compare(down.bytes, bytes)).toBe(0);
      expect(down).toMatchObject({ name: '报价单.pdf', contentType: 'application/pdf', size: bytes.length });

      // the type is sniffed from the bytes, not taken from the browser
      const image = await uploadAttachment(await serviceContextFor(deps, await sessionOf(h, zhang)), {
        name: 'photo.PNG',
        bytes: png,
        claimedType: 'application/octet-stream',
      });
      expect(image.type).toBe('image/png');
      expect(
        sha256(
          (await downloadAttachment(await serviceContextFor(deps, await sessionOf(h, zhang)), image.id))
            .bytes,
        ),
      ).toBe(sha256(png));
    },
  );

  it('the local store writes whole files under the tenant folder and leaves no temporary file', async () => {
    const deps = stores.local();
    const up = await uploadAttachment(await serviceContextFor(deps, await sessionOf(h, zhang)), {
      name: 'notes.txt',
      bytes: Buffer.from('会议纪要\r\n第一条\n'),
    });
    expect(up.type).toBe('text/plain');
    const rows = await h.t.db.query<{ storage_key: string; tenant_id: string }>(
      'SELECT storage_key, tenant_id FROM attachments WHERE id = $1',
      [up.id],
    );
    const key = rows[0]!.storage_key;
    expect(key.startsWith(`${rows[0]!.tenant_id}/`)).toBe(true);
    const files = await readdir(join(dir, rows[0]!.tenant_id));
    expect(files).toContain(key.split('/')[1]);
    expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(attachmentStore(h.deps, { SIGNOFF_FILES_DIR: dir }).kind).toBe('local');
  });

  it('accepts Office files whose content matches, and refuses one that claims another kind', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('预算').addRow(['项目', 100]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const s = await sessionOf(h, zhang);
    expect(
      (await uploadAttachment(await serviceContextFor(h.deps, s), { name: '预算.xlsx', bytes: xlsx })).type,
    ).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(
      (await uploadAttachment(await serviceContextFor(h.deps, s), { name: '预算.zip', bytes: xlsx })).type,
    ).toBe('application/zip');
    expect(
      await refusal(uploadAttachment(await serviceContextFor(h.deps, s), { name: '预算.docx', bytes: xlsx })),
    ).toMatchObject({
      messageKey: 'errors.fileTypeMismatch',
    });
    expect(
      await refusal(
        uploadAttachment(await serviceContextFor(h.deps, s), {
          name: 'data.csv',
          bytes: Buffer.from([0x00, 0x01, 0x02, 0x03]),
        }),
      ),
    ).toMatchObject({ messageKey: 'errors.fileTypeMismatch' });
  });

  it('refuses a file over 20 MB, an empty file and a type not on the list, in both languages', async () => {
    const s = await sessionOf(h, zhang);
    const before = await h.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM attachments');
    const tooBig = await uploadAttachment(await serviceContextFor(h.deps, s), {
      name: 'big.pdf',
      bytes: pdf(Buffer.alloc(20 * 1024 * 1024)),
    }).catch((e: unknown) => e);
    expect(fileErrorResponse(tooBig).status).toBe(413);
    const big = errorOf(tooBig);
    expect(big).toMatchObject({
      code: 'bad_request',
      messageKey: 'errors.fileTooLarge',
      message: { zh: '文件超过 20 MB 的上限', en: 'The file is larger than the 20 MB limit' },
    });
    expect(
      await refusal(
        uploadAttachment(await serviceContextFor(h.deps, s), { name: 'empty.pdf', bytes: Buffer.alloc(0) }),
      ),
    ).toMatchObject({ messageKey: 'errors.fileEmpty' });
    const exeRefused = await refusal(
      uploadAttachment(await serviceContextFor(h.deps, s), { name: 'setup.exe', bytes: exe }),
    );
    expect(exeRefused).toMatchObject({ code: 'bad_request', messageKey: 'errors.fileTypeNotAllowed' });
    expect(exeRefused?.message.zh).toContain('.pdf');
    const after = await h.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM attachments');
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it.each(['database', 'local'] as const)(
    'refuses an executable renamed .pdf on the %s store and stores nothing',
    async (store) => {
      const deps = stores[store]();
      const blobs = await h.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM attachment_blobs');
      const e = await refusal(
        uploadAttachment(await serviceContextFor(deps, await sessionOf(h, zhang)), {
          name: '发票.pdf',
          bytes: exe,
          claimedType: 'application/pdf',
        }),
      );
      expect(e).toMatchObject({
        code: 'bad_request',
        messageKey: 'errors.fileTypeMismatch',
        message: {
          zh: '文件内容与扩展名 .pdf 不符（实际为 exe），已拒绝上传',
          en: "The file's content does not match its .pdf extension (it is exe); it was refused",
        },
      });
      expect(
        (await h.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM attachment_blobs'))[0]?.n,
      ).toBe(blobs[0]?.n);
    },
  );

  it('downloads are for the uploader, the applicant, people with a task on the request and admins; a stranger sees nothing', async () => {
    const bytes = pdf();
    const up = await uploadAttachment(await serviceContextFor(h.deps, await sessionOf(h, zhang)), {
      name: '病历.pdf',
      bytes,
    });
    const denied = async (b: TestBrowser) =>
      errorOf(
        await downloadAttachment(await serviceContextFor(h.deps, await sessionOf(h, b)), up.id).catch(
          (e: unknown) => e,
        ),
      );

    // not yet attached: the uploader and admins only
    expect((await denied(li)).code).toBe('not_found');
    expect(
      sha256(
        (await downloadAttachment(await serviceContextFor(h.deps, await sessionOf(h, admin)), up.id)).bytes,
      ),
    ).toBe(sha256(bytes));

    // only the uploader attaches it, and only to a request they take part in
    expect(
      (
        await refusal(
          attachToRequest(await serviceContextFor(h.deps, await sessionOf(h, wang)), {
            instanceId,
            attachmentIds: [up.id],
          }),
        )
      )?.code,
    ).toBe('not_found');
    expect(
      await attachToRequest(await serviceContextFor(h.deps, await sessionOf(h, li)), {
        instanceId,
        attachmentIds: [up.id],
      }),
    ).toEqual([]);
    expect(
      await attachToRequest(await serviceContextFor(h.deps, await sessionOf(h, zhang)), {
        instanceId,
        attachmentIds: [up.id, up.id],
      }),
    ).toEqual([up.id]);

    // li.si has the approval task on the request
    expect(
      sha256(
        (await downloadAttachment(await serviceContextFor(h.deps, await sessionOf(h, li)), up.id)).bytes,
      ),
    ).toBe(sha256(bytes));
    // wang.wu has no part in a one-day leave: told it does not exist
    const stranger = await denied(wang);
    expect(stranger).toMatchObject({
      code: 'not_found',
      message: { zh: '附件不存在', en: 'The attachment was not found' },
    });
    expect(
      (await downloadAttachment(await serviceContextFor(h.deps, await sessionOf(h, zhang)), up.id)).name,
    ).toBe('病历.pdf');
  });

  it('through the router: the uploader attaches files to the request, whoever may read the request lists them', async () => {
    const up = await uploadAttachment(await serviceContextFor(h.deps, await sessionOf(h, zhang)), {
      name: '行程单.pdf',
      bytes: pdf(),
    });
    expect(await (await zhang.api()).attachments.attach({ instanceId, attachmentIds: [up.id] })).toEqual({
      attached: [up.id],
    });
    const listed = await (await li.api()).attachments.list({ instanceId });
    expect(listed).toContainEqual({
      id: up.id,
      name: '行程单.pdf',
      size: up.size,
      type: 'application/pdf',
      sha256: up.sha256,
    });
    expect(
      errorOf(await (await wang.api()).attachments.list({ instanceId }).catch((e: unknown) => e)).code,
    ).toBe('not_found');
    expect((await (await admin.api()).attachments.list({ instanceId })).map((f) => f.id)).toContain(up.id);
  });

  it('another tenant cannot see a file, even with its id', async () => {
    const up = await uploadAttachment(await serviceContextFor(h.deps, await sessionOf(h, zhang)), {
      name: 'secret.pdf',
      bytes: pdf(),
    });
    const created = await createTenant(h.deps, {
      code: `other-${kind}`,
      name: '别家公司',
      adminLogin: 'boss',
    });
    const other = h.browser();
    await other.login('boss', created.temporaryPassword, created.code);
    const s = await sessionOf(h, other);
    expect(
      errorOf(await downloadAttachment(await serviceContextFor(h.deps, s), up.id).catch((e: unknown) => e))
        .code,
    ).toBe('not_found');
    expect(
      errorOf(
        await downloadAttachment(await serviceContextFor(stores.local(), s), up.id).catch((e: unknown) => e),
      ).code,
    ).toBe('not_found');
    // a first-login account must change its password before any file call
    expect(
      errorOf(
        await fileSession(h.deps, { cookie: other.cookies.get(SESSION_COOKIE), write: false }).catch(
          (e: unknown) => e,
        ),
      ).messageKey,
    ).toBe('errors.passwordChangeRequired');
  });

  it('an upload needs the session and the CSRF token; a download the session', async () => {
    const cookie = zhang.cookies.get(SESSION_COOKIE);
    const csrf = zhang.cookies.get('signoff_csrf');
    expect(
      errorOf(await fileSession(h.deps, { cookie: undefined, write: false }).catch((e: unknown) => e)).code,
    ).toBe('unauthorized');
    expect(
      errorOf(await fileSession(h.deps, { cookie, write: true }).catch((e: unknown) => e)).messageKey,
    ).toBe('errors.csrf');
    expect(await fileSession(h.deps, { cookie, csrfHeader: csrf, write: true })).toMatchObject({
      userId: 'u-zhang',
    });
    expect(await fileSession(h.deps, { cookie, write: false })).toMatchObject({ userId: 'u-zhang' });
  });
});
