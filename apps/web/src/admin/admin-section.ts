import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';

/** The Sider's groups, in menu order. */
export const ADMIN_GROUPS = ['org', 'templates', 'operations', 'system'] as const;
export type AdminGroup = (typeof ADMIN_GROUPS)[number];

/**
 * One page of the admin console. `label` is either both languages inline or an i18n key;
 * `who: 'designer'` pages are open to designers and admins, `'admin'` pages to admins only.
 */
export interface AdminSection {
  /** under /admin, without a leading slash: 'org' → /admin/org (may contain more segments) */
  path: string;
  group: AdminGroup;
  label: { zh: string; en: string } | string;
  icon: ReactNode;
  page: LazyExoticComponent<ComponentType>;
  who: 'admin' | 'designer';
}
