import { z } from 'zod';
import {
  findUserByLogin,
  listPublishedTemplates,
  searchInbox,
  tenantOfToken,
  touchApiToken,
  withAppRole,
  withTenant,
} from '@signoff/db';
import { AppError, toAppErrorData, type Localized } from '../trpc/app-error.js';
import type { ApiDeps, SessionContext } from '../trpc/context.js';
import { serviceContextFor, type ServiceContext } from '../trpc/service-context.js';
import { instanceDetail } from '../instances/instance-detail.js';
import { submitInstance } from '../instances/instance-service.js';
import { hashToken } from './integrations.js';

/**
 * The integrators' REST surface (/api/v1), authenticated by per-tenant API tokens. The HTTP
 * framework stays outside: the server hands over method, path, headers, query and body and
 * sends back what this returns. Input is checked with the same zod schemas that produce the
 * OpenAPI document, so the document cannot drift from the code.
 */
export interface RestRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  query: Record<string, string | undefined>;
  body: unknown;
}
export interface RestResponse {
  status: number;
  body: unknown;
}

export const submitBody = z.object({
  templateKey: z.string().min(1).max(100).describe('the form, by its key'),
  applicant: z.string().min(1).max(64).describe("the applicant's login"),
  data: z.record(z.string(), z.unknown()).describe('form data keyed by field key'),
});
export const listQuery = z.object({
  templateKey: z.string().max(100).optional(),
  status: z.enum(['running', 'approved', 'rejected', 'withdrawn', 'cancelled']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
const localized = z.object({ zh: z.string(), en: z.string() }) satisfies z.ZodType<Localized>;
export const instanceOut = z.object({
  id: z.string(),
  serialNo: z.string(),
  status: z.enum(['running', 'approved', 'rejected', 'withdrawn', 'cancelled']),
  title: localized,
  applicant: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  timeline: z.array(
    z.object({
      type: z.string(),
      at: z.string(),
      nodeName: localized.nullable(),
      actor: z.object({ id: z.string(), name: z.string() }).nullable(),
    }),
  ),
});
export const errorOut = z.object({
  error: z.object({
    code: z.string(),
    messageKey: z.string(),
    message: localized,
    fieldErrors: z.array(z.object({ path: z.string(), message: localized })).optional(),
  }),
});

const HTTP: Record<string, number> = {
  bad_request: 400,
  validation_failed: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many_requests: 429,
};
const fail = (e: unknown): RestResponse => {
  const appError = toAppErrorData(e);
  return { status: HTTP[appError.code] ?? 500, body: { error: appError } };
};
const unauthorized = () =>
  new AppError('unauthorized', 'errors.badToken', {
    zh: 'API 令牌无效或已吊销',
    en: 'The API token is missing, invalid or revoked',
  });
const notFound = (what: Localized) =>
  new AppError('not_found', 'errors.notFound', { zh: `${what.zh}不存在`, en: `${what.en} was not found` });

async function authenticate(deps: ApiDeps, header: string | undefined): Promise<string> {
  const token = /^Bearer (so_[\w-]{20,})$/.exec(header ?? '')?.[1];
  if (!token) throw unauthorized();
  const found = await withAppRole(deps.db, (tx) => tenantOfToken(tx, hashToken(token)));
  if (!found) throw unauthorized();
  await withTenant(deps.db, found.tenantId, (tx) =>
    touchApiToken(tx, found.tenantId, found.tokenId, deps.clock().toISOString()),
  );
  return found.tenantId;
}

/** The integration acts for the named applicant, within the token's tenant only. */
async function sessionFor(deps: ApiDeps, tenantId: string, login: string): Promise<SessionContext> {
  const user = await withTenant(deps.db, tenantId, (tx) => findUserByLogin(tx, tenantId, login));
  if (!user?.active) throw notFound({ zh: `申请人「${login}」`, en: `The applicant ${login}` });
  return { tenantId, userId: user.id, csrfToken: '', tokenHash: '' };
}

export async function handleRest(deps: ApiDeps, req: RestRequest): Promise<RestResponse> {
  try {
    const tenantId = await authenticate(deps, req.authorization);
    // the token reads every request of its tenant, as an admin would, and is no person
    const system: ServiceContext = {
      deps,
      session: { tenantId, userId: '', csrfToken: '', tokenHash: '' },
      viewer: { userId: '', tenantId, active: true, roles: ['admin'], isAdmin: true },
      tx: (fn) => withTenant(deps.db, tenantId, fn),
    };
    if (req.method === 'POST' && req.path === '/instances') {
      const input = submitBody.parse(req.body);
      const template = (
        await withTenant(deps.db, tenantId, (tx) => listPublishedTemplates(tx, tenantId))
      ).find((t) => t.key === input.templateKey);
      if (!template)
        throw notFound({ zh: `表单「${input.templateKey}」`, en: `The form ${input.templateKey}` });
      const session = await sessionFor(deps, tenantId, input.applicant);
      const created = await submitInstance(await serviceContextFor(deps, session), {
        templateId: template.templateId,
        data: input.data,
      });
      const detail = await instanceDetail(system, { id: created.id });
      return { status: 201, body: instanceOut.parse(detail) };
    }
    const one = /^\/instances\/([\w-]{1,128})$/.exec(req.path);
    if (req.method === 'GET' && one?.[1]) {
      return { status: 200, body: instanceOut.parse(await instanceDetail(system, { id: one[1] })) };
    }
    if (req.method === 'GET' && req.path === '/instances') {
      const q = listQuery.parse(req.query);
      // every request of the tenant: "started" over all applicants is the tenant-wide list
      const result = await withTenant(deps.db, tenantId, (tx) =>
        searchInbox(tx, tenantId, '', {
          box: 'all',
          templateKey: q.templateKey,
          status: q.status,
          limit: q.pageSize,
          offset: (q.page - 1) * q.pageSize,
        }),
      );
      return {
        status: 200,
        body: {
          page: q.page,
          pageSize: q.pageSize,
          total: result.total,
          items: result.items.map(({ task: _task, ...i }) => i),
        },
      };
    }
    throw notFound({ zh: `接口 ${req.method} ${req.path}`, en: `The endpoint ${req.method} ${req.path}` });
  } catch (e) {
    return fail(e);
  }
}
