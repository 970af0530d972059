import { withTenant } from '@signoff/db';
import { loadViewer, viewerOf } from '../auth/viewer.js';
import type { ApiDeps, ResolvedSession, SessionContext } from './context.js';
import type { TenantTx, Viewer } from './trpc.js';

/**
 * What every service receives as its first argument: `service(ctx, input)`. The context that
 * `tenantProcedure` builds satisfies it as it is, so a router passes its own `ctx` through.
 * `tx` opens one transaction scoped to the viewer's tenant; a service that needs several
 * (an engine action, a long import) calls it more than once, and helpers that run inside an
 * open transaction take the `Queryable` it hands them.
 */
export interface ServiceContext {
  deps: ApiDeps;
  session: SessionContext;
  viewer: Viewer;
  tx: TenantTx;
}

/**
 * The same context outside tRPC (CLI, REST, server downloads, tests). A session just resolved from
 * a cookie carries the person's roles (`ResolvedSession`), so no query is needed; any other
 * session has its viewer read from the database once.
 */
export async function serviceContextFor(
  deps: ApiDeps,
  session: SessionContext | ResolvedSession,
): Promise<ServiceContext> {
  const tx: TenantTx = (fn) => withTenant(deps.db, session.tenantId, fn);
  const viewer =
    'roles' in session
      ? viewerOf(session.tenantId, session.userId, session)
      : await tx((q) => loadViewer(q, session.tenantId, session.userId));
  return { deps, session, viewer, tx };
}
