import type postgres from 'postgres';
import { appRouter } from '@signoff/api';

/**
 * What the fuzz calls: every tRPC procedure of the router (read from the router, so a new one
 * is fuzzed the day it is added) and every REST operation of the OpenAPI document.
 */
export interface Procedure {
  path: string;
  type: string;
  /** a plausible input built from the input schema's keys and real ids, when it is an object */
  valid: Record<string, unknown> | undefined;
}

/**
 * Procedures that end or lock the fuzzing sessions themselves (a logout, a password change, a
 * login that counts towards lockout): fuzzing them would turn every later answer into a 401.
 */
export const SESSION_ENDING = new Set([
  'auth.logout',
  'auth.logoutEverywhere',
  'auth.changePassword',
  'auth.login',
]);

interface ProcedureDef {
  _def: { type: string; inputs?: { shape?: Record<string, unknown> }[] };
}

/** Real ids of the demo tenant, for the valid inputs a mutation starts from. */
export async function realIds(sql: postgres.Sql): Promise<Record<string, string>> {
  const one = async (q: Promise<postgres.Row[]>) => String((await q)[0]?.id ?? 'x');
  const tenantId = await one(sql`SELECT id FROM tenants WHERE code = 'demo'`);
  return {
    templateId: await one(sql`SELECT id FROM templates WHERE tenant_id = ${tenantId} AND key = 'leave'`),
    instanceId: await one(sql`SELECT id FROM instances WHERE tenant_id = ${tenantId} ORDER BY id LIMIT 1`),
    taskId: await one(sql`SELECT id FROM tasks WHERE tenant_id = ${tenantId} ORDER BY id LIMIT 1`),
    userId: await one(sql`SELECT id FROM users WHERE tenant_id = ${tenantId} AND login = 'li.si'`),
    departmentId: await one(sql`SELECT id FROM departments WHERE tenant_id = ${tenantId} LIMIT 1`),
  };
}

const DEFAULTS: Record<string, unknown> = {
  limit: 10,
  offset: 0,
  page: 1,
  pageSize: 10,
  cursor: null,
  comment: 'fuzz',
  reason: 'fuzz',
  name: 'fuzz',
  title: 'fuzz',
  data: { type: '事假', days: 1, reason: 'fuzz' },
  from: '2026-01-01T00:00:00.000Z',
  to: '2027-01-01T00:00:00.000Z',
};

export function procedures(ids: Record<string, string>): Procedure[] {
  const all = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
  return Object.entries(all).map(([path, p]) => {
    const shape = p._def.inputs?.[0]?.shape;
    let valid: Record<string, unknown> | undefined;
    if (shape && typeof shape === 'object') {
      valid = {};
      for (const key of Object.keys(shape))
        valid[key] = ids[key] ?? (key === 'id' ? ids.instanceId : undefined) ?? DEFAULTS[key] ?? 'x';
    }
    return { path, type: p._def.type, valid };
  });
}

export interface RestRoute {
  method: string;
  /** the path with its parameters filled with real ids */
  path: string;
  template: string;
}

/** Every operation of /api/v1/openapi.json, with `{id}`-style parameters filled from real ids. */
export async function restRoutes(baseUrl: string, ids: Record<string, string>): Promise<RestRoute[]> {
  const doc = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (/template|key/i.test(name)) return 'leave';
      if (/task/i.test(name)) return ids.taskId ?? 'x';
      if (/user|login/i.test(name)) return 'li.si';
      return ids.instanceId ?? 'x';
    });
  return Object.entries(doc.paths).flatMap(([template, ops]) =>
    Object.keys(ops)
      .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map((method) => ({ method, template, path: fill(template) })),
  );
}
