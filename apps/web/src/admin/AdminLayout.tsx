import { ArrowLeftOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Breadcrumb, Layout, Menu, type MenuProps } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useDocumentTitle } from '../desk/use-document-title';
import { useIsPhone } from '../hooks/use-is-phone';
import { useLang } from '../i18n/use-lang';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { Logo } from '../layout/Logo';
import { PageSpinner } from '../layout/PageSpinner';
import { UserMenu } from '../layout/UserMenu';
import { groupSections, sectionAt, sectionLabel } from './admin-access';
import type { AdminSection } from './admin-section';
import './admin.css';

/**
 * The console's frame: a Sider menu grouped 组织 / 模板 / 运营 / 系统 (collapsed to icons below
 * 992 px, so a tablet keeps most of its width for the page), a breadcrumb and the page title.
 * The Sider's column runs the page's full height while its contents stay in view (sticky), and
 * its fold button sits in the header: antd's own trigger is fixed to the screen's bottom, which a
 * full-page capture draws part-way down the column.
 */
export function AdminLayout({
  sections,
  userName,
  tenantName,
}: {
  sections: AdminSection[];
  userName: string;
  tenantName: string;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const location = useLocation();
  const current = sectionAt(sections, location.pathname);
  const label = (s: AdminSection) => sectionLabel(s, lang, t);
  const title = current ? label(current) : t('admin.title');
  useDocumentTitle(title);
  const phone = useIsPhone();
  // antd's lg breakpoint decides at first paint too, so a tablet never flashes the open menu
  const [collapsed, setCollapsed] = useState(() => typeof window !== 'undefined' && window.innerWidth < 992);

  const items: MenuProps['items'] = useMemo(
    () =>
      groupSections(sections).map(({ group, sections: inGroup }) => ({
        type: 'group' as const,
        key: `group-${group}`,
        label: t(`admin.groups.${group}`),
        children: inGroup.map((s) => ({
          key: s.path,
          icon: s.icon,
          label: (
            <Link to={`/admin/${s.path}`} data-testid={`admin-nav-${s.path}`}>
              {sectionLabel(s, lang, t)}
            </Link>
          ),
        })),
      })),
    [sections, lang, t],
  );

  return (
    <Layout className="admin-shell" data-testid="admin-shell">
      <Layout.Sider
        theme="light"
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onBreakpoint={setCollapsed}
        trigger={null}
        collapsedWidth={64}
        width={232}
        className="admin-sider"
      >
        <Link to="/admin" className="admin-brand">
          <Logo size={26} />
          <span className="admin-brand-text">{t('admin.title')}</span>
        </Link>
        <nav aria-label={t('admin.menu')} className="admin-sider-nav">
          <Menu
            mode="inline"
            className="admin-sider-menu"
            items={items}
            selectedKeys={current ? [current.path] : []}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="admin-header">
          <button
            type="button"
            className="admin-sider-toggle"
            aria-label={t('admin.menu')}
            aria-expanded={!collapsed}
            onClick={() => setCollapsed((c) => !c)}
            data-testid="admin-sider-toggle"
          >
            {collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          </button>
          <Link
            to="/"
            className="admin-back"
            data-testid="admin-back-to-desk"
            aria-label={phone ? t('admin.backToDesk') : undefined}
            title={phone ? t('admin.backToDesk') : undefined}
          >
            <ArrowLeftOutlined />
            {!phone && <> {t('admin.backToDesk')}</>}
          </Link>
          <span className="admin-tenant" data-testid="tenant-name">
            {tenantName}
          </span>
          <div className="admin-header-tools">
            <LanguageSwitch />
            {/* a phone keeps the avatar only: the name would push the header past the screen's edge */}
            <UserMenu name={userName} tenantName={tenantName} compact={phone} />
          </div>
        </Layout.Header>
        <Layout.Content className="admin-content">
          <Breadcrumb
            className="admin-breadcrumb"
            items={[
              { title: t('admin.title') },
              ...(current ? [{ title: t(`admin.groups.${current.group}`) }, { title }] : []),
            ]}
          />
          <h1 className="admin-title" data-testid="admin-title">
            {title}
          </h1>
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
