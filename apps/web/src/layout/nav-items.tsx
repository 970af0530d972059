import { AuditOutlined, FileAddOutlined, ProfileOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface NavItem {
  path: string;
  labelKey: 'nav.apply' | 'nav.requests' | 'nav.inbox';
  icon: ReactNode;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/', labelKey: 'nav.apply', icon: <FileAddOutlined /> },
  { path: '/inbox', labelKey: 'nav.inbox', icon: <AuditOutlined /> },
  { path: '/requests', labelKey: 'nav.requests', icon: <ProfileOutlined /> },
];

/** Which menu entry a path belongs to: a request's detail is reached from "my requests" or the inbox alike. */
export function activeNav(pathname: string): string {
  if (pathname.startsWith('/inbox')) return '/inbox';
  if (pathname.startsWith('/requests')) return '/requests';
  return '/';
}
