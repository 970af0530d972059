import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ApiTokenScope } from '@signoff/db';
import type { Harness, TestBrowser } from '../../test/api-harness.js';
import { handleRest, type HandleRestOptions } from './handle-rest.js';

export interface JsonAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const LEAVE = { type: '事假', days: 1, reason: '接口提交' };

/** Tokens of the demo tenant, one per scope set, and a caller of handleRest with one of them. */
export async function restKit(h: Harness, admin: TestBrowser) {
  const api = await admin.api();
  const make = async (scopes: ApiTokenScope[]) =>
    (await api.integrations.createToken({ name: `erp-${scopes.join('+')}`, scopes })).token;
  const tokens = {
    read: await make(['read']),
    submit: await make(['submit']),
    act: await make(['act-for-users']),
    all: await make(['read', 'submit', 'act-for-users']),
    admin: await make(['admin']),
  };
  const call = (
    token: string,
    method: string,
    path: string,
    opts: { body?: unknown; query?: Record<string, string>; key?: string } & HandleRestOptions = {},
  ) =>
    handleRest(
      h.deps,
      {
        method,
        path,
        headers: {
          authorization: `Bearer ${token}`,
          ...(opts.key === undefined ? {} : { 'idempotency-key': opts.key }),
        },
        query: opts.query ?? {},
        body: opts.body,
      },
      opts.rateLimiter ? { rateLimiter: opts.rateLimiter } : {},
    ) as Promise<JsonAnswer>;
  return { tokens, call };
}

/** Ajv 2020 as a client would use it: ajv's own validation, not the server's wrapper. */
export function ajv2020(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}
