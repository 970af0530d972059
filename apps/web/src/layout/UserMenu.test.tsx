import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deskTestApi } from '../desk/test/desk-test-api';
import { UserMenu } from './UserMenu';

function renderMenu() {
  const api = deskTestApi({ 'auth.logout': () => ({ ok: true }) });
  render(api.wrap(<UserMenu name="管理员" tenantName="示例科技有限公司" compact={false} />, '/inbox'));
  const trigger = screen.getByRole('button', { name: '用户菜单：管理员' });
  return { api, trigger };
}

const menuItems = () => screen.getAllByRole('menuitem');
const press = (el: Element, key: string, keyCode: number) =>
  fireEvent.keyDown(el, { key, keyCode, which: keyCode });

describe('UserMenu', () => {
  it('is a real button a keyboard reaches, showing the role-like name’s first characters', () => {
    const { trigger } = renderMenu();
    expect(trigger.tagName).toBe('BUTTON');
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(trigger.textContent).toContain('管理');
    expect(trigger.querySelector('.signoff-avatar')?.textContent).toBe('管理');
    trigger.focus();
    expect(document.activeElement).toBe(trigger);
  });

  it.each([
    ['Enter', 13],
    [' ', 32],
    ['ArrowDown', 40],
  ])('opens on %j with the focus inside the menu, every action reachable', async (key, keyCode) => {
    const { trigger } = renderMenu();
    trigger.focus();
    press(trigger, key, keyCode);
    await waitFor(() => expect(trigger.getAttribute('aria-expanded')).toBe('true'));
    expect(menuItems().map((i) => i.textContent)).toEqual([
      '管理员 · 示例科技有限公司',
      '通知设置',
      '修改密码',
      '退出登录',
    ]);
    // the open menu takes the focus, so the arrow keys move through it
    await waitFor(() => expect(document.activeElement?.closest('[role="menu"]')).not.toBeNull());
    for (const item of menuItems().slice(1)) expect(item.getAttribute('aria-disabled')).not.toBe('true');
  });

  it('goes where the chosen item says', async () => {
    const { trigger } = renderMenu();
    press(trigger, 'Enter', 13);
    await waitFor(() => expect(menuItems().length).toBe(4));
    const settings = menuItems().find((i) => i.textContent === '通知设置');
    if (!settings) throw new Error('no notification settings item');
    fireEvent.click(settings);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/settings/notifications'));
    await waitFor(() => expect(trigger.getAttribute('aria-expanded')).toBe('false'));
  });

  it('closes on Escape and gives the focus back to the button', async () => {
    const { trigger } = renderMenu();
    trigger.focus();
    press(trigger, 'Enter', 13);
    await waitFor(() => expect(document.activeElement?.closest('[role="menu"]')).not.toBeNull());
    press(document.activeElement ?? document.body, 'Escape', 27);
    await waitFor(() => expect(trigger.getAttribute('aria-expanded')).toBe('false'));
    expect(document.activeElement).toBe(trigger);
  });
});
