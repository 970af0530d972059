import { z } from 'zod';
import { getTenantSettings, updateTenantSettings, withTenant } from '@signoff/db';
import { errors } from '../app-error.js';
import { adminProcedure, authedProcedure, router } from '../trpc.js';

const day = z.iso.date();

const settingsInput = z.object({
  name: z.string().trim().min(1).max(100),
  locale: z.enum(['zh', 'en']),
  holidays: z.array(day).max(400),
  extraWorkdays: z.array(day).max(100),
  defaultTimeLimitHours: z.number().int().min(1).max(24 * 60),
  reminderHours: z.number().int().min(1).max(24 * 14),
  logoUrl: z.url().max(500).nullable(),
});

const COMPANY = { zh: '企业', en: 'The company' };

/** The tenant's own settings: every member reads them (calendar, locale), admins change them. */
export const settingsRouter = router({
  get: authedProcedure.query(async ({ ctx }) => {
    const { tenantId } = ctx.session;
    const s = await withTenant(ctx.deps.db, tenantId, (tx) => getTenantSettings(tx, tenantId));
    if (!s) throw errors.notFound(COMPANY);
    return s;
  }),
  update: adminProcedure.input(settingsInput).mutation(async ({ ctx, input }) => {
    const { tenantId } = ctx.session;
    await withTenant(ctx.deps.db, tenantId, (tx) => updateTenantSettings(tx, tenantId, input));
    return input;
  }),
});
