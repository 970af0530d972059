import { Suspense } from 'react';
import { Badge, Layout, Menu, Space, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useIsPhone } from '../hooks/use-is-phone';
import { useMe } from '../hooks/use-me';
import { BottomNav } from './BottomNav';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { activeNav, NAV_ITEMS } from './nav-items';
import { UserMenu } from './UserMenu';

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
  const todo = useQuery({ ...trpc.inbox.todo.queryOptions(), enabled: !!me.data });
  const todoCount = todo.data?.length ?? 0;

  if (me.isPending) return <PageSpinner />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  // the server refuses everything but auth calls until an initial or reset password is replaced
  if (me.data.mustChangePassword) return <Navigate to="/change-password" replace />;
  const { user, tenant } = me.data;

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
          <Space size={12}>
            <LanguageSwitch />
            <UserMenu name={user.name} tenantName={tenant.name} compact />
          </Space>
        </Layout.Header>
        <Layout.Content className="signoff-content-phone">{content}</Layout.Content>
        <BottomNav todoCount={todoCount} />
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
        <Menu
          mode="inline"
          selectedKeys={[activeNav(location.pathname)]}
          items={NAV_ITEMS.map((item) => ({
            key: item.path,
            icon: item.icon,
            label: (
              <Link to={item.path} data-testid={`nav-${item.path}`}>
                <Space>
                  {t(item.labelKey)}
                  {item.path === '/inbox' && todoCount > 0 && <Badge count={todoCount} size="small" />}
                </Space>
              </Link>
            ),
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="signoff-header">
          <Typography.Text type="secondary" data-testid="tenant-name">
            {tenant.name}
          </Typography.Text>
          <Space size={16}>
            <LanguageSwitch />
            <UserMenu name={user.name} tenantName={tenant.name} compact={false} />
          </Space>
        </Layout.Header>
        <Layout.Content className="signoff-content">{content}</Layout.Content>
      </Layout>
    </Layout>
  );
}
