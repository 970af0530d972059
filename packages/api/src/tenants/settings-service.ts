import { getTenantSettings, updateTenantSettings, type TenantSettings } from '@signoff/db';
import { audit } from '../audit/audit.js';
import { errors } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';

const COMPANY = { zh: '企业', en: 'The company' };

/** The viewer's company settings (calendar, locale, time limits). */
export async function tenantSettings(ctx: ServiceContext) {
  const s = await ctx.tx((tx) => getTenantSettings(tx, ctx.viewer.tenantId));
  if (!s) throw errors.notFound(COMPANY);
  return s;
}

export async function saveTenantSettings(ctx: ServiceContext, input: TenantSettings) {
  const { tenantId, userId } = ctx.viewer;
  // audited with the change: a calendar edit moves every later deadline
  await ctx.tx(async (tx) => {
    await updateTenantSettings(tx, tenantId, input);
    await audit(tx, ctx.deps, tenantId, userId, 'settings.update', tenantId, { ...input });
  });
  return input;
}
