import { getTenantSettings, updateTenantSettings, type Queryable, type TenantSettings } from '@signoff/db';
import { errors } from '../trpc/app-error.js';
import type { Viewer } from '../auth/viewer.js';

const COMPANY = { zh: '企业', en: 'The company' };

/** The viewer's company settings (calendar, locale, time limits). */
export async function tenantSettings(tx: Queryable, viewer: Viewer) {
  const s = await getTenantSettings(tx, viewer.tenantId);
  if (!s) throw errors.notFound(COMPANY);
  return s;
}

export async function saveTenantSettings(tx: Queryable, viewer: Viewer, input: TenantSettings) {
  await updateTenantSettings(tx, viewer.tenantId, input);
  return input;
}
