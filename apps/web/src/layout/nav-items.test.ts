import { describe, expect, it } from 'vitest';
import { activeNav, mayDesign, navItems } from './nav-items';

describe('activeNav', () => {
  it('highlights the section of a menu page and of the fill page', () => {
    expect(activeNav('/')).toBe('/');
    expect(activeNav('/apply/tpl-1')).toBe('/');
    expect(activeNav('/inbox')).toBe('/inbox');
    expect(activeNav('/requests')).toBe('/requests');
    expect(activeNav('/supervision')).toBe('/supervision');
    expect(activeNav('/designer')).toBe('/designer');
    expect(activeNav('/designer/forms/tpl-1')).toBe('/designer');
    expect(activeNav('/admin')).toBe('/admin');
    expect(activeNav('/admin/org')).toBe('/admin');
  });

  it('highlights the box a request was opened from, and none when it was reached otherwise', () => {
    expect(activeNav('/requests/i-1', { from: '/inbox' })).toBe('/inbox');
    expect(activeNav('/requests/i-1', { from: '/requests' })).toBe('/requests');
    expect(activeNav('/requests/i-1', { from: '/supervision' })).toBe('/supervision');
    expect(activeNav('/requests/i-1')).toBeNull();
    expect(activeNav('/requests/i-1', { from: '/somewhere-else' })).toBeNull();
    expect(activeNav('/requests/i-1', null)).toBeNull();
  });

  it('highlights nothing on pages outside the menu, a 404 included', () => {
    expect(activeNav('/no-such-page')).toBeNull();
    expect(activeNav('/settings/notifications')).toBeNull();
    expect(activeNav('/inboxes')).toBeNull();
    expect(activeNav('/designers')).toBeNull();
    expect(activeNav('/administration')).toBeNull();
  });
});

describe('navItems', () => {
  it('adds supervision for supervisors and admins only, and stays within a five-item tab bar', () => {
    expect(navItems(false).map((i) => i.path)).toEqual(['/', '/inbox', '/requests']);
    expect(navItems(true).map((i) => i.path)).toEqual(['/', '/inbox', '/requests', '/supervision']);
    expect(navItems(true).length).toBeLessThanOrEqual(5);
  });

  it('adds form design to the sider of admins and designers, the admin console to admins only, never to the phone tab bar', () => {
    const paths = (canSupervise: boolean, audience: Parameters<typeof navItems>[1]) =>
      navItems(canSupervise, audience).map((i) => i.path);
    expect(paths(true, { canDesign: true, isAdmin: true })).toEqual([
      '/',
      '/inbox',
      '/requests',
      '/supervision',
      '/designer',
      '/admin',
    ]);
    expect(paths(false, { canDesign: true, isAdmin: true })).toEqual([
      '/',
      '/inbox',
      '/requests',
      '/designer',
      '/admin',
    ]);
    // a designer who is not an admin: every console page would say "no access"
    expect(paths(false, { canDesign: true })).toEqual(['/', '/inbox', '/requests', '/designer']);
    expect(paths(false, { canDesign: false })).toEqual(['/', '/inbox', '/requests']);
    expect(paths(true, { canDesign: true, isAdmin: true, phone: true })).toEqual([
      '/',
      '/inbox',
      '/requests',
      '/supervision',
    ]);
  });
});

describe('mayDesign', () => {
  it('lets admins and the designer role design, and nobody else', () => {
    expect(mayDesign(['admin'])).toBe(true);
    expect(mayDesign(['member', 'designer'])).toBe(true);
    expect(mayDesign(['member'])).toBe(false);
    expect(mayDesign([])).toBe(false);
    expect(mayDesign(undefined)).toBe(false);
  });
});
