import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { deskTestApi } from '../../desk/test/desk-test-api';
import { apiError } from '../../form-renderer/test/fake-api';
import IntegrationsPage from './IntegrationsPage';

configure({ asyncUtilTimeout: 10_000 });

const delivery = (over: Record<string, unknown>) => ({
  id: 'd-1',
  webhookId: 'w-1',
  event: 'instance.submitted',
  payload: { id: 'd-1' },
  status: 'delivered',
  attempts: 3,
  responseStatus: 200,
  lastError: null,
  createdAt: '2026-12-01T01:00:00.000Z',
  deliveredAt: '2026-12-01T01:03:00.000Z',
  ...over,
});

function api(opts: { tokensFail?: number } = {}) {
  let tokenFailures = opts.tokensFail ?? 0;
  const tokens = [
    {
      id: 't-1',
      name: 'OA',
      scopes: ['read', 'act-for-users'],
      createdBy: 'u-admin',
      createdAt: '2026-12-01T01:00:00.000Z',
      lastUsedAt: null,
      revokedAt: null,
    },
  ];
  const hooks = [
    {
      id: 'w-1',
      url: 'https://erp.example/hook',
      events: ['instance.submitted'],
      active: true,
      createdAt: '2026-12-01T01:00:00.000Z',
    },
  ];
  let log = [delivery({})];
  // the test delivery is pending at first and answered on a later read, as the job queue does
  let readsUntilDelivered = 0;
  return deskTestApi({
    'integrations.tokens': () => {
      if (tokenFailures-- > 0) throw apiError('internal', 500, { zh: '数据库暂不可用', en: 'Database down' });
      return tokens;
    },
    'integrations.createToken': (input) => {
      const { name, scopes } = input as { name: string; scopes: string[] };
      tokens.unshift({ ...tokens[0]!, id: 't-2', name, scopes });
      return { id: 't-2', name, scopes, token: 'so_secret_shown_once' };
    },
    'integrations.revokeToken': () => ({ ok: true }),
    'integrations.webhooks': () => hooks,
    'integrations.setWebhookActive': (input) => {
      const { id, active } = input as { id: string; active: boolean };
      hooks.forEach((h) => h.id === id && (h.active = active));
      return { id, active };
    },
    'integrations.testWebhook': () => {
      log = [
        delivery({
          id: 'd-test',
          event: 'webhook.test',
          status: 'pending',
          attempts: 0,
          responseStatus: null,
        }),
        ...log,
      ];
      readsUntilDelivered = 2;
      return { deliveryId: 'd-test' };
    },
    'integrations.deliveries': () => {
      if (readsUntilDelivered > 0 && --readsUntilDelivered === 0)
        log = log.map((d) =>
          d.id === 'd-test' ? { ...d, status: 'delivered', attempts: 1, responseStatus: 204 } : d,
        );
      return log;
    },
  });
}

describe('the integrations page', () => {
  beforeEach(() => setLang('zh'));

  it('creates a token with the scopes chosen, shows its secret once, and links the API documents', async () => {
    const t = api();
    render(t.wrap(<IntegrationsPage />));
    await screen.findByText('OA');
    expect(screen.getByTestId('openapi-link').getAttribute('href')).toBe('/api/v1/openapi.json');
    expect(screen.getByTestId('api-docs-link').getAttribute('href')).toBe('/api/v1/docs');
    fireEvent.click(screen.getByTestId('token-create'));
    fireEvent.change(await screen.findByLabelText('名称'), { target: { value: 'ERP' } });
    const scopes = screen.getByTestId('token-scopes');
    // read and submit are ticked to start with; each scope says what it allows
    const box = (s: string) => scopes.querySelector<HTMLInputElement>(`input[value="${s}"]`)!;
    expect(['read', 'submit', 'act-for-users', 'admin'].map((s) => box(s).checked)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(within(scopes).getByText(/以指定用户身份同意、驳回/)).toBeTruthy();
    fireEvent.click(box('act-for-users'));
    fireEvent.click(box('read'));
    fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    expect((await screen.findByTestId('secret-once')).textContent).toContain('so_secret_shown_once');
    expect(t.callsTo('integrations.createToken')[0]?.input).toEqual({
      name: 'ERP',
      scopes: ['submit', 'act-for-users'],
    });
  });

  it('refuses a token with no scope, and calls nothing', async () => {
    const t = api();
    render(t.wrap(<IntegrationsPage />));
    await screen.findByText('OA');
    fireEvent.click(screen.getByTestId('token-create'));
    fireEvent.change(await screen.findByLabelText('名称'), { target: { value: 'ERP' } });
    const scopes = screen.getByTestId('token-scopes');
    for (const s of ['read', 'submit'])
      fireEvent.click(scopes.querySelector<HTMLInputElement>(`input[value="${s}"]`)!);
    fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    await screen.findByText('至少选择一项权限');
    expect(t.callsTo('integrations.createToken')).toEqual([]);
  });

  it("lists each token's scopes as tags", async () => {
    render(api().wrap(<IntegrationsPage />));
    await screen.findByText('OA');
    const tags = screen.getByTestId('token-scope-tags');
    expect([...tags.querySelectorAll('[data-scope]')].map((e) => e.textContent)).toEqual([
      'read',
      'act-for-users',
    ]);
  });

  it("shows a webhook's deliveries with attempts, retries and the response code", async () => {
    render(api().wrap(<IntegrationsPage />));
    fireEvent.click(await screen.findByRole('tab', { name: 'Webhook' }));
    fireEvent.click(await screen.findByTestId('webhook-log'));
    const log = await screen.findByTestId('deliveries');
    expect((await within(log).findByTestId('delivery-code')).textContent).toBe('200');
    expect(within(log).getByText(/重试 2 次/)).toBeTruthy();
    expect(within(log).getByTestId('delivery-status').textContent).toBe('已送达');
  });

  it('sends a test event and follows it in the log until the receiver has answered', async () => {
    const t = api();
    render(t.wrap(<IntegrationsPage />));
    fireEvent.click(await screen.findByRole('tab', { name: 'Webhook' }));
    fireEvent.click(await screen.findByTestId('webhook-test'));
    const log = await screen.findByTestId('deliveries');
    expect(t.callsTo('integrations.testWebhook')[0]?.input).toEqual({ id: 'w-1' });
    await within(log).findByText('webhook.test');
    expect(within(log).getByText('测试事件')).toBeTruthy();
    // no click on Refresh: the open log polls while the delivery is pending
    await waitFor(() =>
      expect(
        within(log)
          .getAllByTestId('delivery-code')
          .map((e) => e.textContent),
      ).toEqual(['204', '200']),
    );
  });

  it('switches a webhook off, after which it offers no test event', async () => {
    const t = api();
    render(t.wrap(<IntegrationsPage />));
    fireEvent.click(await screen.findByRole('tab', { name: 'Webhook' }));
    const toggle = await screen.findByTestId('webhook-active');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    await waitFor(() =>
      expect(screen.getByTestId('webhook-active').getAttribute('aria-checked')).toBe('false'),
    );
    expect(t.callsTo('integrations.setWebhookActive')[0]?.input).toEqual({ id: 'w-1', active: false });
    expect(screen.getByTestId('webhook-test').closest('button')?.disabled).toBe(true);
  });

  it("says why the tokens did not load, in the console's shared way, and retries", async () => {
    const t = api({ tokensFail: 1 });
    render(t.wrap(<IntegrationsPage />));
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('数据库暂不可用');
    fireEvent.click(within(failed).getByRole('button', { name: /重\s*试/ }));
    await screen.findByText('OA');
  });
});
