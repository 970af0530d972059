import { Suspense } from 'react';
import { Badge, Layout, Menu, Space, Spin, Typography } from 'antd';
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
import { activeNav, navItems } from './nav-items';
import { useCanSupervise } from './use-can-supervise';
import { UserMenu } from './UserMenu';
import './layout.css';

export function PageSpinner() {
  return (
    <div className="signoff-center">
      <Spin size="large" />
    </div>
  );
}

/** The signed-in shell: a sider on desktop, a compact header and bottom tabs on phones. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const phone = useIsPhone();
  const location = useLocation();
  const trpc = useTRPC();
  const counts = useQuery({ ...trpc.inbox.counts.queryOptions(), enabled: !!me.data && !me.data.mustChangePassword, refetchInterval: 60_000 });
  const canSupervise = useCanSupervise();
  const todoCount = counts.data?.todo ?? 0;

  if (me.isPending) return <PageSpinner />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  // the server refuses everything but auth calls until an initial or reset password is replaced
  if (me.data.mustChangePassword) return <Navigate to="/change-password" replace />;
  const { user, tenant } = me.data;
  const items = navItems(canSupervise);
  const active = activeNav(location.pathname, location.state);

  const content = (
    <Suspense fallback={<PageSpinner />}>
      <Outlet />
    </Suspense>
  );

  if (phone) {
    return (
      <Layout className="signoff-phone">
        <Layout.Header className="signoff-header signoff-header-phone">
          <div className="signoff-phone-brand">
            <Logo size={24} />
            <Typography.Text strong ellipsis data-testid="tenant-name">
              {tenant.name}
            </Typography.Text>
          </div>
          <Space size={4}>
            <LanguageSwitch />
            <NotificationBell phone />
            <UserMenu name={user.name} tenantName={tenant.name} compact />
          </Space>
        </Layout.Header>
        <Layout.Content className="signoff-content-phone">{content}</Layout.Content>
        <BottomNav items={items} todoCount={todoCount} />
      </Layout>
    );
  }

  return (
    <Layout className="signoff-desktop">
      <Layout.Sider theme="light" width={208} className="signoff-sider">
        <Link to="/" className="signoff-brand">
          <Logo size={28} />
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('desk.nav.main')}>
          <Menu
            mode="inline"
            selectedKeys={active ? [active] : []}
            items={items.map((item) => ({
              key: item.path,
              icon: item.icon,
              label: (
                <Link to={item.path} data-testid={`nav-${item.path}`} aria-current={item.path === active ? 'page' : undefined}>
                  <Space>
                    {t(item.labelKey)}
                    {item.path === '/inbox' && todoCount > 0 && <Badge count={todoCount} size="small" />}
                  </Space>
                </Link>
              ),
            }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="signoff-header">
          <Typography.Text type="secondary" data-testid="tenant-name">
            {tenant.name}
          </Typography.Text>
          <Space size={12}>
            <LanguageSwitch />
            <NotificationBell phone={false} />
            <UserMenu name={user.name} tenantName={tenant.name} compact={false} />
          </Space>
        </Layout.Header>
        <Layout.Content className="signoff-content">{content}</Layout.Content>
      </Layout>
    </Layout>
  );
}
