import { configure, render, screen, within } from '@testing-library/react';
import { createElement, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deskTestApi } from '../desk/test/desk-test-api';
import { setLang } from '../i18n/i18n';
import AdminApp from './AdminApp';

configure({ asyncUtilTimeout: 10_000 });

// the console's own sections, not the ones other pages register, so the test does not move with them
vi.mock('./admin-sections', () => {
  const page = (id: string) =>
    lazy(() => Promise.resolve({ default: () => createElement('div', { 'data-testid': id }) }));
  return {
    ADMIN_SECTIONS: [
      {
        path: 'org',
        group: 'org',
        label: { zh: '组织架构', en: 'Org chart' },
        icon: null,
        page: page('org-page'),
        who: 'admin',
      },
      {
        path: 'templates',
        group: 'templates',
        label: { zh: '模板权限', en: 'Template permissions' },
        icon: null,
        page: page('templates-page'),
        who: 'designer',
      },
    ],
  };
});

const me = (roles: string[]) => ({
  user: { id: 'u-1', name: '王管理', login: 'admin', roles },
  tenant: { id: 't-1', name: '示例公司' },
  mustChangePassword: false,
});

function open(url: string, roles: string[]) {
  const api = deskTestApi({ 'auth.me': () => me(roles) });
  render(
    api.wrap(
      <Routes>
        <Route path="/admin/*" element={<AdminApp />} />
      </Routes>,
      url,
    ),
  );
}

describe('the admin shell', () => {
  beforeEach(() => setLang('zh'));

  it('takes an admin from /admin to the first section, with the menu grouped and the page titled', async () => {
    open('/admin', ['admin']);
    await screen.findByTestId('org-page');
    expect(screen.getByTestId('location').textContent).toBe('/admin/org');
    expect(screen.getByTestId('admin-title').textContent).toBe('组织架构');
    const menu = within(screen.getByRole('navigation', { name: '管理菜单' }));
    expect(menu.getByText('组织')).toBeTruthy();
    expect(menu.getByText('模板')).toBeTruthy();
    expect(menu.getByTestId('admin-nav-templates')).toBeTruthy();
  });

  it('takes a designer from /admin to the first designer section, with no admin-only entry in the menu', async () => {
    open('/admin', ['designer']);
    await screen.findByTestId('templates-page');
    expect(screen.getByTestId('location').textContent).toBe('/admin/templates');
    expect(screen.queryByTestId('admin-nav-org')).toBeNull();
  });

  it('answers a designer opening an admin page with 无权访问 inside the shell', async () => {
    open('/admin/org', ['designer']);
    const refused = await screen.findByTestId('admin-no-access');
    expect(refused.textContent).toContain('无权访问');
    expect(screen.queryByTestId('org-page')).toBeNull();
    expect(screen.getByTestId('admin-shell')).toBeTruthy();
  });

  it('gives a member the no-access page in English and nothing of the console', async () => {
    setLang('en');
    open('/admin/org', ['member']);
    const refused = await screen.findByTestId('admin-no-access');
    expect(refused.textContent).toContain('No access');
    expect(screen.queryByTestId('admin-shell')).toBeNull();
    expect(screen.queryByTestId('org-page')).toBeNull();
  });
});
