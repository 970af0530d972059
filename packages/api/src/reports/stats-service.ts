import { monthlyUsage, stepStats, templateStats, type Queryable } from '@signoff/db';
import type { Viewer } from '../auth/viewer.js';

/** Per template, per step (slowest first, the ten worst as bottlenecks) and per month, over a range. */
export async function statsOverview(
  tx: Queryable,
  viewer: Viewer,
  range: { from: string; to: string },
  now: Date,
) {
  const { tenantId } = viewer;
  const steps = await stepStats(tx, tenantId, range, now.toISOString());
  return {
    templates: await templateStats(tx, tenantId, range, now.toISOString()),
    bottlenecks: steps.slice(0, 10),
    steps,
    months: await monthlyUsage(tx, tenantId, range),
  };
}
