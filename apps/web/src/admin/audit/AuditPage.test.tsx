import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { deskTestApi } from '../../desk/test/desk-test-api';
import { apiError } from '../../form-renderer/test/fake-api';
import type { AuditRow } from './audit-query';
import AuditPage from './AuditPage';

configure({ asyncUtilTimeout: 10_000 });

const row = (seq: number, action: string, actorId: string | null): AuditRow => ({
  seq,
  chainPos: seq,
  at: '2026-12-01T02:00:00.000Z',
  actorId,
  action,
  subject: `s-${seq}`,
  data: { key: `v${seq}` },
  hash: `${seq}`.padStart(64, 'a'),
});
const ROWS = [
  row(3, 'settings.update', 'u-admin'),
  row(2, 'auth.login', 'u-zhang'),
  row(1, 'auth.loginFailed', null),
];

function api(verdict: unknown, listFailures = 0) {
  return deskTestApi({
    'audit.list': (input) => {
      if (listFailures-- > 0)
        throw apiError('internal', 500, { zh: '审计库暂不可用', en: 'Audit store down' });
      const { action } = input as { action?: string };
      return ROWS.filter((r) => !action || r.action.startsWith(action));
    },
    'audit.verify': () => verdict,
    'directory.lookup': () => ({
      users: [
        { id: 'u-admin', name: '管理员' },
        { id: 'u-zhang', name: '张三' },
      ],
      departments: [],
    }),
    'directory.search': () => [],
  });
}

describe('the audit log page', () => {
  beforeEach(() => setLang('zh'));

  it('shows names, filters by action prefix, and opens an entry with its data and hash', async () => {
    const t = api({ ok: true, entries: 3 });
    render(t.wrap(<AuditPage />));
    await screen.findByText('张三');
    expect(screen.getByText('系统')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('操作', { selector: 'input' }), { target: { value: 'auth.' } });
    await waitFor(() => expect(screen.queryByText('settings.update')).toBeNull());
    expect(t.callsTo('audit.list').at(-1)?.input).toMatchObject({ page: 1, action: 'auth.' });
    fireEvent.click(screen.getByText('s-2'));
    const drawer = await screen.findByTestId('audit-detail');
    expect(within(drawer).getByTestId('audit-data').textContent).toContain('"key": "v2"');
    expect(within(drawer).getByTestId('audit-hash').textContent).toContain('aaa2');
  });

  it('says where the chain breaks', async () => {
    render(api({ ok: false, entries: 3, brokenAt: 2, why: 'hash' }).wrap(<AuditPage />));
    await screen.findByText('张三');
    fireEvent.click(screen.getByTestId('audit-verify'));
    const verdict = await screen.findByTestId('audit-verdict');
    expect(verdict.textContent).toContain('从第 2 条记录起不可信（内容被改动）');
  });

  it('says so when nothing matches', async () => {
    render(api({ ok: true, entries: 0 }).wrap(<AuditPage />));
    await screen.findByText('张三');
    fireEvent.change(screen.getByLabelText('操作', { selector: 'input' }), { target: { value: 'nothing.' } });
    await screen.findByText('没有符合条件的审计记录');
  });

  it('says why the log did not load, with a retry that loads it', async () => {
    render(api({ ok: true, entries: 3 }, 1).wrap(<AuditPage />));
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('审计库暂不可用');
    fireEvent.click(within(failed).getByRole('button', { name: /重\s*试/ }));
    await screen.findByText('张三');
  });
});
