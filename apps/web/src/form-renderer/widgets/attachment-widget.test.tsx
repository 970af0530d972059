import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { FakeXhr } from '../test/fake-xhr';
import { fieldEl, renderField } from '../test/render-form';

const L = (zh: string, en: string) => ({ zh, en });
const receipts = { key: 'files', type: 'attachment' as const, label: L('票据', 'Receipts'), maxCount: 2, maxSizeBytes: 1024 * 1024, accept: ['application/pdf', 'image/*'] };
const file = (name: string, bytes: number, type: string) => new File([new Uint8Array(bytes)], name, { type });
const pick = (key: string, ...files: File[]) => fireEvent.change(screen.getByTestId(`${key}-input`), { target: { files } });

beforeEach(() => {
  FakeXhr.reset();
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  document.cookie = 'signoff_csrf=tok-1';
});
afterEach(() => vi.unstubAllGlobals());

describe('attachment widget', () => {
  it('says the limits before anything is picked', () => {
    renderField(receipts);
    expect(fieldEl('files').textContent).toContain('可上传 PDF、PNG、JPG、GIF、WebP；单个文件不超过 1 MB；最多 2 个');
  });

  it('refuses a file over the limit or of a refused type before any request is made', () => {
    const { store } = renderField(receipts);
    pick('files', file('发票.pdf', 1024 * 1024 + 1, 'application/pdf'), file('setup.exe', 10, 'application/x-msdownload'), file('报价.docx', 10, ''));
    expect(FakeXhr.opened).toBe(0);
    const alerts = within(fieldEl('files')).getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual([
      '“发票.pdf”有 1.1 MB，超过了 1 MB 的上限，未上传',
      '“setup.exe”的类型不支持，未上传；可上传：PDF、PNG、JPG、GIF、WebP',
      '“报价.docx”的类型不支持，未上传；可上传：PDF、PNG、JPG、GIF、WebP',
    ]);
    expect(store.get('files')).toBeUndefined();
  });

  it('uploads with a progress bar and the CSRF header, then holds the file and can remove it', async () => {
    const { store } = renderField(receipts);
    pick('files', file('发票.pdf', 2048, 'application/pdf'));
    const xhr = FakeXhr.sent[0];
    expect(xhr?.method).toBe('POST');
    expect(xhr?.url).toBe('/files');
    expect(xhr?.headers['x-csrf-token']).toBe('tok-1');
    expect(xhr?.headers['x-file-name']).toBe(encodeURIComponent('发票.pdf'));
    expect(xhr?.headers['content-type']).toBe('application/pdf');
    act(() => xhr?.progress(1024, 2048));
    expect(within(screen.getByTestId('files-uploading')).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
    act(() => xhr?.respond(201, { id: 'att-1', name: '发票.pdf', size: 2048, type: 'application/pdf', sha256: 'x' }));
    await waitFor(() => expect(store.get('files')).toEqual([{ id: 'att-1', name: '发票.pdf', size: 2048, type: 'application/pdf' }]));
    expect(screen.getByRole('link', { name: '查看 发票.pdf' }).getAttribute('href')).toBe('/files/att-1');
    fireEvent.click(screen.getByRole('button', { name: '移除 发票.pdf' }));
    expect(store.get('files')).toBeUndefined();
  });

  it("shows the server's refusal in the person's language", async () => {
    setLang('en');
    renderField(receipts);
    pick('files', file('a.pdf', 10, 'application/pdf'));
    act(() => FakeXhr.sent[0]?.respond(400, { error: { code: 'bad_request', messageKey: 'errors.fileTypeMismatch', message: { zh: '文件内容与扩展名 .pdf 不符', en: "The file's content does not match its .pdf extension" } } }));
    expect(await within(fieldEl('files')).findByRole('alert')).toHaveProperty('textContent', `"a.pdf" could not be uploaded: The file's content does not match its .pdf extension`);
  });

  it('refuses one file too many, in English', () => {
    setLang('en');
    renderField(receipts, { initial: { files: [{ id: 'a', name: 'a.pdf', size: 1, type: 'application/pdf' }] } });
    pick('files', file('b.pdf', 10, 'application/pdf'), file('c.pdf', 10, 'application/pdf'));
    expect(FakeXhr.sent).toHaveLength(1);
    expect(within(fieldEl('files')).getByRole('alert').textContent).toBe('At most 2 files; "c.pdf" was not uploaded');
  });
});

describe('image widget', () => {
  it('takes images only and shows a thumbnail of each', async () => {
    const { store } = renderField({ key: 'photos', type: 'image', label: L('照片', 'Photos') });
    expect(screen.getByTestId('photos-input').getAttribute('accept')).toBe('.png,.jpg,.jpeg,.gif,.webp');
    pick('photos', file('scan.pdf', 10, 'application/pdf'));
    expect(FakeXhr.opened).toBe(0);
    pick('photos', file('现场.jpg', 10, 'image/jpeg'));
    act(() => FakeXhr.sent[0]?.respond(201, { id: 'img-1', name: '现场.jpg', size: 10, type: 'image/jpeg' }));
    const thumb = await screen.findByRole('img', { name: '现场.jpg' });
    expect(thumb.tagName).toBe('IMG');
    expect(store.get('photos')).toHaveLength(1);
  });
});
