import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import FillFormPage from '../../pages/FillFormPage';
import { apiError, fakeApi, type FakeApi } from '../test/fake-api';
import { TestProviders } from '../test/providers';
import { formWith } from '../test-form';
import { DESKTOP_WIDTH, setViewport } from '../test/viewport';
import { SERVER_SAVE_DELAY_MS } from './use-draft-sync';
import { localDraftKey, readLocalDraft, writeLocalDraft } from './local-draft';

const L = (zh: string, en: string) => ({ zh, en });
const form = formWith([
  { key: 'reason', type: 'textarea', label: L('请假事由', 'Reason'), required: true },
  { key: 'days', type: 'number', label: L('请假天数', 'Days'), min: 0.5, max: 365 },
  { key: 'place', type: 'text', label: L('目的地', 'Destination'), required: true },
]);
const KEY = localDraftKey('t-1', 'u-1', 'tpl-1');

function api(overrides: Record<string, (input: unknown) => unknown> = {}): FakeApi {
  return fakeApi({
    'auth.me': () => ({ user: { id: 'u-1', name: '张三', login: 'zhang.san', roles: [] }, tenant: { id: 't-1', code: 'demo', name: '演示公司' }, mustChangePassword: false }),
    'forms.get': () => ({ templateId: 'tpl-1', versionId: 'v1', version: 1, key: 'leave', title: L('请假', 'Leave'), model: form.model, schema: form.schema, uiSchema: form.uiSchema }),
    'drafts.get': () => null,
    'drafts.save': () => ({ savedAt: '2026-05-04T02:00:00.000Z' }),
    'drafts.discard': () => ({ discarded: true }),
    'instances.submit': () => ({ id: 'req-1', serialNo: 'QJ-202605-0001' }),
    ...overrides,
  });
}

function Where() {
  const location = useLocation();
  return <div data-testid="where">{`${location.pathname} ${JSON.stringify(location.state)}`}</div>;
}

function openPage(fake: FakeApi) {
  return render(
    <TestProviders api={fake}>
      <MemoryRouter initialEntries={['/apply/tpl-1']}>
        <Routes>
          <Route path="/apply/:templateId" element={<FillFormPage />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </TestProviders>,
  );
}

const box = (label: RegExp) => screen.findByLabelText<HTMLInputElement>(label);
const saves = (fake: FakeApi) => fake.calls.filter((c) => c.path === 'drafts.save');

beforeEach(() => {
  localStorage.clear();
  setViewport(DESKTOP_WIDTH);
});

describe('fill page drafts', () => {
  it('mirrors every change to this device at once and saves it on the server a second later', async () => {
    const fake = api();
    openPage(fake);
    const reason = await box(/请假事由/);
    const place = await box(/目的地/);
    fireEvent.change(reason, { target: { value: '家中有事' } });
    expect(readLocalDraft(KEY)?.data).toEqual({ reason: '家中有事' });
    expect(saves(fake)).toHaveLength(0);
    fireEvent.change(place, { target: { value: '老家' } });
    await waitFor(() => expect(saves(fake)).toHaveLength(1), { timeout: SERVER_SAVE_DELAY_MS * 3 });
    // one save for both changes: typing does not send a request per keystroke
    expect(saves(fake)[0]?.input).toEqual({ templateId: 'tpl-1', data: { reason: '家中有事', place: '老家' } });
    expect(await screen.findByTestId('draft-saved')).toBeTruthy();
  });

  it('offers a draft on return, and continues it', async () => {
    writeLocalDraft(KEY, { data: { reason: '上次写的', days: 2 }, savedAt: '2026-05-04T02:00:00.000Z', versionId: 'v1' });
    openPage(api());
    const prompt = await screen.findByTestId('draft-prompt');
    expect(prompt.textContent).toContain('继续填写上次的草稿？');
    fireEvent.click(within(prompt).getByRole('button', { name: '继续填写' }));
    expect((await box(/请假事由/)).value).toBe('上次写的');
    expect(screen.getByRole<HTMLInputElement>('spinbutton').value).toBe('2');
  });

  it('offers the server copy from another device, and discards it on request', async () => {
    const fake = api({ 'drafts.get': () => ({ data: { reason: '手机上写的' }, savedAt: '2026-05-04T02:00:00.000Z', versionId: 'v1' }) });
    openPage(fake);
    fireEvent.click(await screen.findByRole('button', { name: '放弃草稿，重新填写' }));
    expect((await box(/请假事由/)).value).toBe('');
    expect(fake.calls.some((c) => c.path === 'drafts.discard')).toBe(true);
    expect(readLocalDraft(KEY)).toBeNull();
  });

  it('keeps the draft when the session expires, asks to log in again, and restores it after', async () => {
    const fake = api({ 'drafts.save': () => Promise.reject(apiError('unauthorized', 401, { zh: '请先登录', en: 'Please log in' })) });
    const first = openPage(fake);
    fireEvent.change(await box(/请假事由/), { target: { value: '写到一半' } });
    const expired = await screen.findByTestId('session-expired', {}, { timeout: SERVER_SAVE_DELAY_MS * 3 });
    expect(expired.textContent).toContain('登录已过期');
    expect(readLocalDraft(KEY)).toMatchObject({ data: { reason: '写到一半' }, resume: true });
    fireEvent.click(within(expired).getByRole('button', { name: '重新登录' }));
    expect(screen.getByTestId('where').textContent).toBe('/login {"from":"/apply/tpl-1"}');
    first.unmount();

    // back after logging in: restored without asking
    openPage(api());
    expect((await box(/请假事由/)).value).toBe('写到一半');
    expect(screen.queryByTestId('draft-prompt')).toBeNull();
    expect(await screen.findByText('已恢复登录前填写的内容', {}, { timeout: 5000 })).toBeTruthy();
    expect(readLocalDraft(KEY)?.resume).toBeUndefined();
  });

  it('keeps the draft when the session expires on submit', async () => {
    const fake = api({ 'instances.submit': () => Promise.reject(apiError('unauthorized', 401)) });
    openPage(fake);
    fireEvent.change(await box(/请假事由/), { target: { value: '有事' } });
    fireEvent.change(await box(/目的地/), { target: { value: '老家' } });
    fireEvent.click(screen.getByTestId('submit-form'));
    await waitFor(() => expect(readLocalDraft(KEY)?.resume).toBe(true));
    expect(readLocalDraft(KEY)?.data).toEqual({ reason: '有事', place: '老家' });
  });

  it('says what is missing on the submit button, and drops the draft once submitted', async () => {
    const fake = api();
    openPage(fake);
    const submit = await screen.findByTestId('submit-form');
    expect(submit.textContent).toContain('还有 2 项必填未填');
    fireEvent.change(await box(/请假事由/), { target: { value: '有事' } });
    expect(submit.textContent).toContain('还有 1 项必填未填');
    fireEvent.click(submit);
    expect(await screen.findByText('「目的地」为必填项')).toBeTruthy();
    expect(fake.calls.some((c) => c.path === 'instances.submit')).toBe(false);
    fireEvent.change(await box(/目的地/), { target: { value: '老家' } });
    expect(submit.textContent).not.toContain('必填未填');
    fireEvent.click(submit);
    await waitFor(() => expect(screen.getByTestId('where').textContent).toContain('/requests/req-1'));
    expect(fake.calls.find((c) => c.path === 'instances.submit')?.input).toEqual({ templateId: 'tpl-1', data: { reason: '有事', place: '老家' } });
    expect(readLocalDraft(KEY)).toBeNull();
  });

  it("puts the server's field errors on their fields, in English", async () => {
    setLang('en');
    const fake = api({
      'instances.submit': () =>
        Promise.reject(apiError('validation_failed', 400, { zh: '表单填写有误', en: 'Some fields need attention' }, [{ path: 'days', message: { zh: '天数超过可休天数', en: 'More days than you have left' } }])),
    });
    openPage(fake);
    expect((await screen.findByTestId('submit-form')).textContent).toContain('2 required fields left');
    fireEvent.change(await box(/Reason/), { target: { value: 'x' } });
    fireEvent.change(await box(/Destination/), { target: { value: 'y' } });
    fireEvent.click(screen.getByTestId('submit-form'));
    expect(await screen.findByText('More days than you have left')).toBeTruthy();
    expect(screen.getByTestId('submit-error').textContent).toContain('Some fields need attention');
  });
});
