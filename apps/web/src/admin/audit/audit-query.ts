import type { inferRouterInputs } from '@trpc/server';
import type { AppRouter } from '@signoff/api';
import type { RouterOutputs } from '../../api/trpc';

export type AuditRow = RouterOutputs['audit']['list'][number];
export type AuditListInput = inferRouterInputs<AppRouter>['audit']['list'];

/** What the filter bar holds; dates are the browser's local `YYYY-MM-DD`, both ends included. */
export interface AuditFilters {
  actorId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const AUDIT_PAGE_SIZE = 50;

/** The local midnight starting a `YYYY-MM-DD` day, as an ISO instant. */
const startOfLocalDay = (date: string, addDays = 0): string => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + addDays).toISOString();
};

/**
 * The filters as `audit.list` takes them. The end date is included, so the window runs to the
 * next local midnight (the API's `to` is exclusive); empty filters are left out.
 */
export function auditInput(filters: AuditFilters, page: number, pageSize = AUDIT_PAGE_SIZE): AuditListInput {
  const action = filters.action?.trim();
  return {
    page,
    pageSize,
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(action ? { action } : {}),
    ...(filters.from ? { from: startOfLocalDay(filters.from) } : {}),
    ...(filters.to ? { to: startOfLocalDay(filters.to, 1) } : {}),
  };
}

/** Common prefixes, offered while typing the action filter. */
export const ACTION_PREFIXES = [
  'auth.',
  'auth.login',
  'auth.loginFailed',
  'instance.',
  'instance.submit',
  'org.',
  'template.',
  'settings.',
  'integrations.',
  'catalog.',
] as const;
