import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { fakeApi } from '../test/fake-api';
import { FakeXhr } from '../test/fake-xhr';
import { fieldEl, renderField, renderForm } from '../test/render-form';
import { formWith } from '../test-form';

const pad = vi.hoisted(() => ({ empty: true, cleared: 0 }));
vi.mock('signature_pad', () => ({
  default: class {
    isEmpty = () => pad.empty;
    clear = () => void pad.cleared++;
    toData = () => [];
    fromData = () => undefined;
    off = () => undefined;
  },
}));

const L = (zh: string, en: string) => ({ zh, en });

beforeEach(() => {
  FakeXhr.reset();
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  pad.empty = true;
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((cb) => cb(new Blob(['png'], { type: 'image/png' })));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('computed widget', () => {
  it('shows the result live and cannot be typed into', () => {
    const form = formWith([
      { key: 'days', type: 'number', label: L('天数', 'Days') },
      { key: 'pay', type: 'computed', label: L('补贴', 'Allowance'), precision: 2, formula: { op: 'mul', left: { field: 'days', ifEmpty: 0 }, right: { value: 80.5 } } },
    ]);
    const { store } = renderForm({ form });
    expect(screen.getByTestId('pay-value').textContent).toBe('0.00');
    fireEvent.change(screen.getByRole('spinbutton'), { target: { value: '3' } });
    expect(screen.getByTestId('pay-value').textContent).toBe('241.50');
    expect(fieldEl('pay').querySelector('input')).toBeNull();
    expect(store.values().pay).toBe(241.5);
  });

  it('says it is not calculated yet when its formula has nothing to work on, in English', () => {
    setLang('en');
    renderForm({ form: formWith([{ key: 'a', type: 'number', label: L('甲', 'A') }, { key: 'r', type: 'computed', label: L('比', 'Ratio'), formula: { op: 'div', left: { value: 1 }, right: { field: 'a' } } }]) });
    expect(screen.getByTestId('r-value').textContent).toBe('Not calculated yet');
  });
});

describe('serial number and description', () => {
  it('say the number comes on submit while filling, and show it once the request exists', () => {
    const field = { key: 'serialNo', type: 'serialNumber' as const, label: L('审批编号', 'Serial number') };
    const filling = renderField(field);
    expect(screen.getByTestId('serialNo-value').textContent).toBe('生成于提交后');
    expect(filling.store.values()).toEqual({});
    filling.view.unmount();
    renderField(field, { serialNo: 'JK-202612-0001' });
    expect(screen.getByTestId('serialNo-value').textContent).toBe('JK-202612-0001');
  });

  it('draws description text as text, in English too', () => {
    setLang('en');
    renderField({ key: 'note', type: 'description', label: L('须知', 'Please note'), help: L('如实填写', 'Fill in truthfully') });
    expect(screen.getByText('Please note')).toBeTruthy();
    expect(screen.getByText('Fill in truthfully')).toBeTruthy();
    expect(document.querySelector('input, textarea')).toBeNull();
  });
});

describe('signature widget', () => {
  const sign = { key: 'sign', type: 'signature' as const, label: L('申请人签名', 'Signature'), required: true };
  const api = () => fakeApi({ 'account.signature': () => null, 'account.saveSignature': (input) => ({ ...(input as object), url: '/files/x' }) });

  it('refuses an empty pad, then uploads the drawn signature as a PNG and shows it', async () => {
    const fake = api();
    const { store } = renderField(sign, { api: fake });
    fireEvent.click(screen.getByRole('button', { name: '手写签名' }));
    await screen.findByRole('img', { name: '在此处手写签名' });
    await waitFor(() => expect(document.querySelector('canvas')).not.toBeNull());
    await act(async () => {
      await Promise.resolve();
    });
    fireEvent.click(screen.getByTestId('signature-confirm'));
    expect((await screen.findByRole('alert')).textContent).toBe('请先在框内写下签名');
    expect(FakeXhr.opened).toBe(0);

    pad.empty = false;
    fireEvent.click(screen.getByRole('checkbox', { name: '同时保存为我的签名，下次直接使用' }));
    fireEvent.click(screen.getByTestId('signature-confirm'));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const xhr = FakeXhr.sent[0];
    expect(xhr?.headers['content-type']).toBe('image/png');
    act(() => xhr?.respond(201, { id: 'sig-1', name: 'signature.png', size: 3, type: 'image/png' }));
    await waitFor(() => expect(store.get('sign')).toBe('sig-1'));
    expect(fake.calls.find((c) => c.path === 'account.saveSignature')?.input).toEqual({ attachmentId: 'sig-1' });
    expect(within(fieldEl('sign')).getByRole('img', { name: '签名图片' }).getAttribute('src')).toBe('/files/sig-1');
    expect(screen.getByRole('button', { name: '重新签名' })).toBeTruthy();
  });

  it('offers the saved signature in one tap, in English', async () => {
    setLang('en');
    const fake = fakeApi({ 'account.signature': () => ({ attachmentId: 'sig-saved', url: '/files/sig-saved' }) });
    const { store } = renderField(sign, { api: fake });
    fireEvent.click(screen.getByRole('button', { name: 'Sign' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Use my saved signature' }));
    expect(store.get('sign')).toBe('sig-saved');
    expect(FakeXhr.opened).toBe(0);
  });
});
