import { listAuditPage, verifyAudit, type AuditPageQuery } from '@signoff/db';
import type { ServiceContext } from '../trpc/service-context.js';

export type AuditPageInput = AuditPageQuery;

/** A page of the tenant's audit trail, newest first. */
export function listAuditLog(ctx: ServiceContext, input: AuditPageInput) {
  return ctx.tx((tx) => listAuditPage(tx, ctx.viewer.tenantId, input));
}

/**
 * Recomputes the tenant's sealed hash chain: whether any entry was altered, added or removed;
 * and how many entries are not sealed yet.
 */
export function verifyAuditLog(ctx: ServiceContext) {
  return ctx.tx((tx) => verifyAudit(tx, ctx.viewer.tenantId));
}
