import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { deskTestApi } from '../../desk/test/desk-test-api';
import IntegrationsPage from './IntegrationsPage';

configure({ asyncUtilTimeout: 10_000 });

function api() {
  const tokens = [
    {
      id: 't-1',
      name: 'OA',
      createdBy: 'u-admin',
      createdAt: '2026-12-01T01:00:00.000Z',
      lastUsedAt: null,
      revokedAt: null,
    },
  ];
  return deskTestApi({
    'integrations.tokens': () => tokens,
    'integrations.createToken': (input) => {
      const { name } = input as { name: string };
      tokens.unshift({ ...tokens[0]!, id: 't-2', name });
      return { id: 't-2', name, token: 'so_secret_shown_once' };
    },
    'integrations.revokeToken': () => ({ ok: true }),
    'integrations.webhooks': () => [
      {
        id: 'w-1',
        url: 'https://erp.example/hook',
        events: ['instance.submitted'],
        active: true,
        createdAt: '2026-12-01T01:00:00.000Z',
      },
    ],
    'integrations.deliveries': () => [
      {
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
      },
    ],
  });
}

describe('the integrations page', () => {
  beforeEach(() => setLang('zh'));

  it('creates a token and shows its secret once, and links the OpenAPI document', async () => {
    const t = api();
    render(t.wrap(<IntegrationsPage />));
    await screen.findByText('OA');
    expect(screen.getByTestId('openapi-link').getAttribute('href')).toBe('/api/v1/openapi.json');
    fireEvent.click(screen.getByTestId('token-create'));
    fireEvent.change(await screen.findByLabelText('名称'), { target: { value: 'ERP' } });
    fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    expect((await screen.findByTestId('secret-once')).textContent).toContain('so_secret_shown_once');
    expect(t.callsTo('integrations.createToken')[0]?.input).toEqual({ name: 'ERP' });
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
});
