import { listInstancesByApplicant } from '@signoff/db';
import type { ServiceContext } from '../trpc/service-context.js';

/** The requests the viewer filed, newest first. */
export function myInstances(ctx: ServiceContext) {
  return ctx.tx((tx) => listInstancesByApplicant(tx, ctx.viewer.tenantId, ctx.viewer.userId));
}
