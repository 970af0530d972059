import { describe, expect, it } from 'vitest';
import { activeNav, navItems } from './nav-items';

describe('activeNav', () => {
  it('highlights the section of a menu page and of the fill page', () => {
    expect(activeNav('/')).toBe('/');
    expect(activeNav('/apply/tpl-1')).toBe('/');
    expect(activeNav('/inbox')).toBe('/inbox');
    expect(activeNav('/requests')).toBe('/requests');
    expect(activeNav('/supervision')).toBe('/supervision');
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
  });
});

describe('navItems', () => {
  it('adds supervision for supervisors and admins only, and stays within a five-item tab bar', () => {
    expect(navItems(false).map((i) => i.path)).toEqual(['/', '/inbox', '/requests']);
    expect(navItems(true).map((i) => i.path)).toEqual(['/', '/inbox', '/requests', '/supervision']);
    expect(navItems(true).length).toBeLessThanOrEqual(5);
  });
});
