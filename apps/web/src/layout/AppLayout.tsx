import { Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useTRPC } from '../api/trpc';
import { NotificationBell } from '../desk/notifications/NotificationBell';
import { useIsPhone } from '../hooks/use-is-phone';
import { useMe } from '../hooks/use-me';
import { BottomNav } from './BottomNav';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { activeNav, mayDesign, navItems } from './nav-items';
import { PageSpinner } from './PageSpinner';
import { SideNav } from './SideNav';
import { useCanSupervise } from './use-can-supervise';
import { UserMenu } from './UserMenu';
import './layout.css';

/** The signed-in shell: a sider on desktop, a compact header and bottom tabs on phones. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const phone = useIsPhone();
  const location = useLocation();
  const trpc = useTRPC();
  const counts = useQuery({
    ...trpc.inbox.counts.queryOptions(),
    enabled: !!me.data && !me.data.mustChangePassword,
    refetchInterval: 60_000,
  });
  const canSupervise = useCanSupervise();
  const todoCount = counts.data?.todo ?? 0;

  if (me.isPending) return <PageSpinner />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  // the server refuses everything but auth calls until an initial or reset password is replaced
  if (me.data.mustChangePassword) return <Navigate to="/change-password" replace />;
  const { user, tenant } = me.data;
  const items = navItems(canSupervise, {
    canDesign: mayDesign(user.roles),
    isAdmin: user.roles.includes('admin'),
    phone,
  });
  const active = activeNav(location.pathname, location.state);

  const content = (
    <Suspense fallback={<PageSpinner />}>
      <Outlet />
    </Suspense>
  );

  // One tree for both layouts, the page at the same place in it: crossing 768 px (a tablet turned, a
  // window resized, a full-page capture) must not remount the page and lose a half-filled form.
  return (
    <div className={phone ? 'signoff-phone' : 'signoff-desktop'}>
      {phone ? null : (
        <aside className="signoff-sider">
          <div className="signoff-sider-inner">
            <Link to="/" className="signoff-brand">
              <Logo size={28} />
              <span>{t('app.name')}</span>
            </Link>
            <SideNav items={items} active={active} todoCount={todoCount} />
          </div>
        </aside>
      )}
      <div className={phone ? 'signoff-main-phone' : 'signoff-main'}>
        {phone ? (
          <header className="signoff-header signoff-header-phone">
            <div className="signoff-phone-brand">
              <Logo size={24} />
              <strong className="signoff-tenant-phone" data-testid="tenant-name">
                {tenant.name}
              </strong>
            </div>
            <div className="signoff-header-tools signoff-header-tools-phone">
              <LanguageSwitch />
              <NotificationBell phone />
              <UserMenu name={user.name} tenantName={tenant.name} compact />
            </div>
          </header>
        ) : (
          <header className="signoff-header">
            <span className="signoff-tenant" data-testid="tenant-name">
              {tenant.name}
            </span>
            <div className="signoff-header-tools">
              <LanguageSwitch />
              <NotificationBell phone={false} />
              <UserMenu name={user.name} tenantName={tenant.name} compact={false} />
            </div>
          </header>
        )}
        <main className={phone ? 'signoff-content-phone' : 'signoff-content'}>{content}</main>
      </div>
      {phone ? <BottomNav items={items} todoCount={todoCount} /> : null}
    </div>
  );
}
