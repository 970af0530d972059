import { ApartmentOutlined, SettingOutlined, AuditOutlined, ApiOutlined } from '@ant-design/icons';
import { BarChartOutlined, EyeOutlined, FileTextOutlined } from '@ant-design/icons';
import { SwapOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import { AppstoreAddOutlined, FolderOpenOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AdminSection } from './admin-section';

/**
 * Every page of the admin console, one entry per page (helpers append their own lines).
 * The shell builds the Sider, the routes, the title and the redirect of /admin from this list.
 */
export const ADMIN_SECTIONS: AdminSection[] = [
  {
    path: 'org',
    group: 'org',
    label: { zh: '组织架构', en: 'Org chart' },
    icon: <ApartmentOutlined />,
    page: lazy(() => import('./org/OrgChartPage')),
    who: 'admin',
  },
  {
    path: 'people',
    group: 'org',
    label: { zh: '人员', en: 'People' },
    icon: <TeamOutlined />,
    page: lazy(() => import('./people/PeoplePage')),
    who: 'admin',
  },
  {
    path: 'delegations',
    group: 'org',
    label: { zh: '委托', en: 'Delegations' },
    icon: <SwapOutlined />,
    page: lazy(() => import('./people/DelegationsPage')),
    who: 'admin',
  },
  {
    path: 'org-import',
    group: 'org',
    label: { zh: '组织导入导出', en: 'Org import/export' },
    icon: <UploadOutlined />,
    page: lazy(() => import('./org-import/OrgImportPage')),
    who: 'admin',
  },
  {
    path: 'settings',
    group: 'system',
    label: { zh: '企业设置', en: 'Settings' },
    icon: <SettingOutlined />,
    page: lazy(() => import('./settings/SettingsPage')),
    who: 'admin',
  },
  {
    path: 'audit',
    group: 'system',
    label: { zh: '审计日志', en: 'Audit log' },
    icon: <AuditOutlined />,
    page: lazy(() => import('./audit/AuditPage')),
    who: 'admin',
  },
  {
    path: 'integrations',
    group: 'system',
    label: { zh: '集成', en: 'Integrations' },
    icon: <ApiOutlined />,
    page: lazy(() => import('./integrations/IntegrationsPage')),
    who: 'admin',
  },
  {
    path: 'stats',
    group: 'operations',
    label: { zh: '统计分析', en: 'Statistics' },
    icon: <BarChartOutlined />,
    page: lazy(() => import('./stats/StatsPage')),
    who: 'admin',
  },
  {
    path: 'usage',
    group: 'operations',
    label: { zh: '月度使用报告', en: 'Monthly usage' },
    icon: <FileTextOutlined />,
    page: lazy(() => import('./stats/UsagePage')),
    who: 'admin',
  },
  {
    path: 'supervision',
    group: 'operations',
    label: { zh: '督办总览', en: 'Supervision' },
    icon: <EyeOutlined />,
    page: lazy(() => import('./supervision/SupervisionOverviewPage')),
    who: 'admin',
  },
  // templates.access and catalog.* are admin-only procedures, so these pages are too
  {
    path: 'templates',
    group: 'templates',
    label: { zh: '表单与权限', en: 'Forms and permissions' },
    icon: <FolderOpenOutlined />,
    page: lazy(() => import('./templates/TemplatesAdminPage')),
    who: 'admin',
  },
  {
    path: 'permission-review',
    group: 'templates',
    label: { zh: '权限审查', en: 'Permission review' },
    icon: <SafetyCertificateOutlined />,
    page: lazy(() => import('./templates/PermissionReviewPage')),
    who: 'admin',
  },
  {
    path: 'catalog',
    group: 'templates',
    label: { zh: '模板目录', en: 'Template catalog' },
    icon: <AppstoreAddOutlined />,
    page: lazy(() => import('./catalog/CatalogPage')),
    who: 'admin',
  },
];
