import { z } from 'zod';
import { saveTenantSettings, tenantSettings } from './settings-service.js';
import { adminProcedure, tenantProcedure, router } from '../trpc/trpc.js';

const day = z.iso.date();

const settingsInput = z.object({
  name: z.string().trim().min(1).max(100),
  locale: z.enum(['zh', 'en']),
  holidays: z.array(day).max(400),
  extraWorkdays: z.array(day).max(100),
  defaultTimeLimitHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  reminderHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 14),
  logoUrl: z.url().max(500).nullable(),
});

/** The tenant's own settings: every member reads them (calendar, locale), admins change them. */
export const settingsRouter = router({
  get: tenantProcedure.query(({ ctx }) => tenantSettings(ctx)),
  update: adminProcedure.input(settingsInput).mutation(({ ctx, input }) => saveTenantSettings(ctx, input)),
});
