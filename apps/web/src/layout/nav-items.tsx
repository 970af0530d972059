import {
  AlertOutlined,
  AuditOutlined,
  BuildOutlined,
  FileAddOutlined,
  ProfileOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import '../admin/admin-nav.i18n';

export type NavPath = '/' | '/inbox' | '/requests' | '/supervision' | '/designer' | '/admin';

export interface NavItem {
  path: NavPath;
  labelKey:
    | 'desk.nav.apply'
    | 'desk.nav.inbox'
    | 'desk.nav.requests'
    | 'desk.nav.supervision'
    | 'desk.nav.design'
    | 'adminNav.label';
  shortKey:
    | 'desk.nav.applyShort'
    | 'desk.nav.inboxShort'
    | 'desk.nav.requestsShort'
    | 'desk.nav.supervisionShort'
    | 'desk.nav.designShort'
    | 'adminNav.short';
  icon: ReactNode;
  /** shown only to supervisors (督办人) and admins */
  supervisorsOnly?: boolean;
  /** shown only to admins and form designers, and only in the desktop sider */
  designersOnly?: boolean;
  /** shown only to tenant admins, and only in the desktop sider */
  adminsOnly?: boolean;
}

/** Who may design forms: admins and the designer role (forms.saveDraft lets them create one). */
export function mayDesign(roles: readonly string[] | undefined): boolean {
  return !!roles && (roles.includes('admin') || roles.includes('designer'));
}

export interface NavAudience {
  canDesign?: boolean;
  isAdmin?: boolean;
  /** the phone's tab bar: designing needs a wide screen, so it is reached from the start page there */
  phone?: boolean;
}

const ALL_ITEMS: NavItem[] = [
  { path: '/', labelKey: 'desk.nav.apply', shortKey: 'desk.nav.applyShort', icon: <FileAddOutlined /> },
  { path: '/inbox', labelKey: 'desk.nav.inbox', shortKey: 'desk.nav.inboxShort', icon: <AuditOutlined /> },
  {
    path: '/requests',
    labelKey: 'desk.nav.requests',
    shortKey: 'desk.nav.requestsShort',
    icon: <ProfileOutlined />,
  },
  {
    path: '/supervision',
    labelKey: 'desk.nav.supervision',
    shortKey: 'desk.nav.supervisionShort',
    icon: <AlertOutlined />,
    supervisorsOnly: true,
  },
  {
    path: '/designer',
    labelKey: 'desk.nav.design',
    shortKey: 'desk.nav.designShort',
    icon: <BuildOutlined />,
    designersOnly: true,
  },
  {
    // every console page is an admin's today: a designer would find only "no access" behind it
    path: '/admin',
    labelKey: 'adminNav.label',
    shortKey: 'adminNav.short',
    icon: <SettingOutlined />,
    adminsOnly: true,
  },
];

/**
 * The menu for this person. Admins get the same real pages plus supervision, form design and the
 * admin console; designers get form design; members see neither. The
 * phone's tab bar keeps its four (design and the console need a wide screen), within the five a
 * tab bar holds.
 */
export function navItems(canSupervise: boolean, audience: NavAudience = {}): NavItem[] {
  return ALL_ITEMS.filter(
    (i) =>
      (!i.supervisorsOnly || canSupervise) &&
      (!i.designersOnly || (audience.canDesign === true && audience.phone !== true)) &&
      (!i.adminsOnly || (audience.isAdmin === true && audience.phone !== true)),
  );
}

const NAV_PATHS = new Set<string>(ALL_ITEMS.map((i) => i.path));

/** What pages put in the router state when they link to a request, so the menu keeps the box it came from. */
export interface FromState {
  from?: string;
}

const fromOf = (state: unknown): string | undefined => {
  if (typeof state !== 'object' || state === null) return undefined;
  const from = (state as FromState).from;
  return typeof from === 'string' ? from : undefined;
};

/**
 * Which menu entry a page belongs to, or null for none. A request belongs to the list it was
 * opened from (the inbox, my requests, supervision), and to none when reached otherwise (a
 * notice, a shared link); pages outside the menu, 404 included, highlight nothing.
 */
export function activeNav(pathname: string, state?: unknown): NavPath | null {
  if (pathname === '/' || pathname.startsWith('/apply/')) return '/';
  if (pathname === '/inbox' || pathname.startsWith('/inbox/')) return '/inbox';
  if (pathname === '/supervision') return '/supervision';
  if (pathname === '/requests') return '/requests';
  if (pathname === '/designer' || pathname.startsWith('/designer/')) return '/designer';
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return '/admin';
  if (pathname.startsWith('/requests/')) {
    const from = fromOf(state);
    return from && NAV_PATHS.has(from) ? (from as NavPath) : null;
  }
  return null;
}
