import { initTRPC, TRPCError } from '@trpc/server';
import { withTenant, type Queryable } from '@signoff/db';
import { viewerOf, type Viewer } from '../auth/viewer.js';
import type { ApiContext, SessionContext } from './context.js';
import { errors, toAppErrorData, type AppErrorCode } from './app-error.js';
import { findInputProblem, inputProblemError } from './input-characters.js';

const HTTP_CODES: Record<AppErrorCode, TRPCError['code']> = {
  bad_request: 'BAD_REQUEST',
  validation_failed: 'BAD_REQUEST',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  too_many_requests: 'TOO_MANY_REQUESTS',
  internal: 'INTERNAL_SERVER_ERROR',
  unavailable: 'SERVICE_UNAVAILABLE',
};

const t = initTRPC.context<ApiContext>().create({
  errorFormatter({ shape, error }) {
    // zod input errors arrive as BAD_REQUEST with the zod error as cause; toAppErrorData names their fields
    const appError = toAppErrorData(error.cause ?? error);
    return {
      message: appError.message.en,
      code: shape.code,
      // never the stack or a driver message: only the mapped, translated error
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, appError },
    };
  },
});

/**
 * A package error as the tRPC error carrying its mapped HTTP status (the formatter does the rest);
 * also for what fails before any procedure runs, in the server's createContext (the session lookup
 * while the database is away answers 503, not 500).
 */
export function trpcErrorOf(e: unknown): TRPCError {
  if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') return e;
  const cause = e instanceof TRPCError ? (e.cause ?? e) : e;
  const data = toAppErrorData(cause);
  if (data.code === 'internal')
    return e instanceof TRPCError ? e : new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause });
  return new TRPCError({ code: HTTP_CODES[data.code as AppErrorCode] ?? 'BAD_REQUEST', cause });
}

/** Rethrows package errors as tRPC errors carrying the mapped HTTP status. */
const errorMapping = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR') {
    const mapped = trpcErrorOf(result.error);
    if (mapped !== result.error) throw mapped;
  }
  return result;
});

/** A foreign page's form or script cannot change anything, signed in or not (a login included). */
const ownOriginMutations = t.middleware(({ ctx, type, next }) => {
  if (type === 'mutation' && ctx.sameOrigin === false)
    throw new TRPCError({ code: 'FORBIDDEN', cause: errors.foreignOrigin() });
  return next();
});

/** Every procedure's input, before its schema: NUL, lone surrogates and deep nesting answer a 400 naming the field. */
const storableInput = t.middleware(async ({ getRawInput, next }) => {
  // a query without input may arrive with none that parses (`?input=undefined`): its own parser
  // (or none, when it takes no input) decides, as before this check existed
  const raw: unknown = await getRawInput().catch(() => undefined);
  const problem = findInputProblem(raw);
  if (problem) throw new TRPCError({ code: 'BAD_REQUEST', cause: inputProblemError(problem) });
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(errorMapping).use(ownOriginMutations).use(storableInput);

/** Requires a live session; state-changing calls must also echo the CSRF token in a header. */
export const authedProcedure = publicProcedure.use(({ ctx, type, path, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', cause: errors.unauthorized() });
  if (type === 'mutation' && ctx.csrfHeader !== ctx.session.csrfToken) {
    throw new TRPCError({ code: 'FORBIDDEN', cause: errors.csrf() });
  }
  if (ctx.session.mustChangePassword && !path.startsWith('auth.')) {
    throw new TRPCError({ code: 'FORBIDDEN', cause: errors.passwordChangeRequired() });
  }
  return next({ ctx: { ...ctx, session: ctx.session satisfies SessionContext } });
});

export type { Viewer };

/** Runs `fn` in one transaction scoped to the viewer's tenant (RLS), the only way routers reach the database. */
export type TenantTx = <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>;

/**
 * A signed-in call with the viewer and the tenant transaction on the context. Roles are read from
 * the database on every call, never kept from login, so that a demoted or departed admin loses the
 * right at once; they arrive with the session itself (resolveSession reads both in one statement),
 * so building the viewer costs no query.
 */
export const tenantProcedure = authedProcedure.use(({ ctx, next }) => {
  const { tenantId, userId } = ctx.session;
  const tx: TenantTx = (fn) => withTenant(ctx.deps.db, tenantId, fn);
  const viewer: Viewer = viewerOf(tenantId, userId, ctx.session);
  return next({ ctx: { ...ctx, viewer, tx } });
});

/** Requires the tenant-admin role (see tenantProcedure for why it is read on every call). */
export const adminProcedure = tenantProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer.isAdmin) throw new TRPCError({ code: 'FORBIDDEN', cause: errors.forbidden() });
  return next();
});
