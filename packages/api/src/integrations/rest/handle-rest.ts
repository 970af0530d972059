import { findInputProblem, inputProblemError } from '../../trpc/input-characters.js';
import type { z } from 'zod';
import { AppError } from '../../trpc/app-error.js';
import type { ApiDeps } from '../../trpc/context.js';
import { idempotent, requestHash } from './idempotency.js';
import type { RestOperation, RestRequest, RestResult, RestToken } from './operation.js';
import { actingAs, authenticate, hasScope, systemContext } from './rest-auth.js';
import { restErrorResult, restErrors } from './rest-errors.js';
import { REST_OPERATIONS } from './rest-operations.js';
import { rateLimitHeaders, RestRateLimiter } from './rest-rate-limit.js';

export interface HandleRestOptions {
  /** the per-token limit; default 600 requests a minute per server (deps) */
  rateLimiter?: RestRateLimiter;
}

const defaultLimiters = new WeakMap<ApiDeps, RestRateLimiter>();
const limiterFor = (deps: ApiDeps) => {
  let limiter = defaultLimiters.get(deps);
  if (!limiter) defaultLimiters.set(deps, (limiter = new RestRateLimiter()));
  return limiter;
};

interface Route {
  op: RestOperation;
  pattern: RegExp;
  names: string[];
}
const ROUTES: Route[] = REST_OPERATIONS.map((op) => {
  const names: string[] = [];
  const source = op.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param);
      return '([^/]+)';
    })
    .join('/');
  return { op, pattern: new RegExp(`^${source}$`), names };
});

function route(method: string, path: string): { op: RestOperation; params: Record<string, string> } | null {
  for (const r of ROUTES) {
    if (r.op.method !== method.toUpperCase()) continue;
    const m = r.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    try {
      r.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')));
    } catch {
      return null;
    }
    return { op: r.op, params };
  }
  return null;
}

/** Parses one part of the request; its problems are named by where they are (`body.data`, `query.limit`). */
function parsePart<S extends z.ZodType>(
  schema: S | undefined,
  value: unknown,
  part: string,
): z.output<S> | undefined {
  if (!schema) return undefined;
  const r = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (r.success) return r.data;
  const fieldErrors = r.error.issues.slice(0, 20).map((i) => {
    const path = [part, ...i.path.map(String)].join('.');
    return { path, message: { zh: `「${path}」不正确（${i.message}）`, en: `${path}: ${i.message}` } };
  });
  throw new AppError(
    'validation_failed',
    'errors.badInput',
    { zh: '请求参数不正确，请检查标出的字段', en: 'The request is not valid; see the named fields' },
    fieldErrors,
  );
}

async function run(deps: ApiDeps, token: RestToken, req: RestRequest): Promise<RestResult> {
  if (req.malformedBody) throw restErrors.malformedJson();
  const found = route(req.method, req.path);
  if (!found) throw restErrors.unknownEndpoint(req.method.toUpperCase(), req.path);
  const { op } = found;
  if (!hasScope(token, op.scope)) throw restErrors.tokenScope(op.scope);
  // NUL, lone surrogates and deep nesting answer a 400 naming the field, as on every tRPC procedure
  const problem = findInputProblem({ query: req.query, body: op.upload ? (req.fields ?? {}) : req.body });
  if (problem) throw inputProblemError(problem);
  const params = parsePart(op.params, found.params, 'params');
  const query = parsePart(op.query, req.query, 'query');
  const body = parsePart(op.body, op.upload ? (req.fields ?? {}) : req.body, 'body');
  const call = {
    deps,
    token,
    system: systemContext(deps, token.tenantId),
    actingAs: (login: string) => actingAs(deps, token, { login }),
    actingAsUserId: (userId: string) => actingAs(deps, token, { userId }),
    params,
    query,
    body,
    ...(req.file ? { file: req.file } : {}),
  };
  const key = req.headers['idempotency-key'];
  if (op.idempotent && key !== undefined)
    return idempotent(deps, token, key, requestHash(op.method, req.path, req.body), () => op.handler(call));
  return op.handler(call);
}

/**
 * The integrators' REST surface (/api/v1): the HTTP framework stays outside, the server hands
 * over the request and sends back status, body (or bytes) and headers as they are. Every answer
 * after authentication carries the token's RateLimit-* headers.
 */
export async function handleRest(
  deps: ApiDeps,
  req: RestRequest,
  options: HandleRestOptions = {},
): Promise<RestResult> {
  let token: RestToken;
  try {
    token = await authenticate(deps, req.headers.authorization);
  } catch (e) {
    return restErrorResult(e, { 'WWW-Authenticate': 'Bearer' });
  }
  const verdict = (options.rateLimiter ?? limiterFor(deps)).hit(token.tokenId, deps.clock().getTime());
  const headers = rateLimitHeaders(verdict);
  if (!verdict.allowed) return restErrorResult(restErrors.tooManyRequests(verdict.resetSeconds), headers);
  try {
    const result = await run(deps, token, req);
    return { ...result, headers: { ...headers, ...result.headers } };
  } catch (e) {
    return restErrorResult(e, headers);
  }
}
