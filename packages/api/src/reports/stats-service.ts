import { dailyRequests, monthlyUsage, stepStats, templateStats, templateSupervision } from '@signoff/db';
import type { ServiceContext } from '../trpc/service-context.js';

/** Per template, per step (slowest first, the ten worst as bottlenecks), per month and per day, over a range. */
export function statsOverview(ctx: ServiceContext, range: { from: string; to: string }) {
  const { tenantId } = ctx.viewer;
  const now = ctx.deps.clock().toISOString();
  return ctx.tx(async (tx) => {
    const steps = await stepStats(tx, tenantId, range, now);
    return {
      templates: await templateStats(tx, tenantId, range, now),
      bottlenecks: steps.slice(0, 10),
      steps,
      months: await monthlyUsage(tx, tenantId, range),
      days: await dailyRequests(tx, tenantId, range),
    };
  });
}

/** Every published template's supervisors with its open and overdue work now (the admin's 督办 overview). */
export function supervisionOverview(ctx: ServiceContext) {
  const now = ctx.deps.clock().toISOString();
  return ctx.tx((tx) => templateSupervision(tx, ctx.viewer.tenantId, now));
}
