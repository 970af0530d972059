import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { BellOutlined, DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { avatarText } from './avatar-text';
import { useLogout } from './use-logout';

const OPEN_KEYS = new Set(['Enter', ' ', 'ArrowDown']);

interface Item {
  key: string;
  icon: ReactNode;
  label: ReactNode;
  onPick: () => void;
}

const enabledItems = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? []),
];

/**
 * The user menu behind a real button: Tab reaches it, Enter, Space or ↓ opens it with the focus
 * inside (↑/↓/Home/End move, Enter picks, Esc closes and returns to the button, Tab leaves), a
 * click or tap as well. Our own small WAI-ARIA menu rather than antd's Dropdown + Menu, which
 * would put some 25 kB gzip into the shell that every page loads.
 */
export function UserMenu({
  name,
  tenantName,
  compact,
}: {
  name: string;
  tenantName: string;
  compact: boolean;
}) {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const byKeyboard = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  // opened from the keyboard, the focus moves to the first item, where ↑/↓ and Enter work
  useEffect(() => {
    if (!open || !byKeyboard.current) return;
    byKeyboard.current = false;
    enabledItems(menu.current)[0]?.focus();
  }, [open]);

  // a press anywhere outside closes it, as a click elsewhere closes any popup
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };

  const onTriggerKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!OPEN_KEYS.has(e.key)) return;
    // opening here rather than through the click a button makes of Enter/Space, so a keyboard never toggles it shut again
    e.preventDefault();
    byKeyboard.current = true;
    setOpen(true);
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = enabledItems(menu.current);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => {
      e.preventDefault();
      items[(i + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at < 0 ? items.length - 1 : at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') setOpen(false);
  };

  const items: Item[] = [
    {
      key: 'notifications',
      icon: <BellOutlined />,
      label: t('desk.user.notifications'),
      onPick: () => void navigate('/settings/notifications'),
    },
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: t('desk.user.password'),
      onPick: () => void navigate('/change-password'),
    },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: <span data-testid="logout">{t('desk.user.logout')}</span>,
      onPick: logout,
    },
  ];

  return (
    <div className="signoff-user" ref={root}>
      <button
        ref={trigger}
        type="button"
        className="signoff-user-trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="user-menu"
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onTriggerKeyDown}
        // Space clicks a button on key-up; the key-down above has opened the menu already
        onKeyUp={(e) => e.key === ' ' && e.preventDefault()}
      >
        <span className={`signoff-avatar${compact ? ' signoff-avatar-lg' : ''}`} aria-hidden="true">
          {name ? avatarText(name) : <UserOutlined />}
        </span>
        {/* the button is named by this text, which holds the name it shows (axe: label-content-name-mismatch) */}
        <span className="signoff-visually-hidden">{t('desk.user.menu', { name })}</span>
        {!compact && (
          <span className="signoff-user-name" aria-hidden="true">
            {name}
          </span>
        )}
        {!compact && <DownOutlined aria-hidden style={{ fontSize: 10, color: '#666' }} />}
      </button>
      {open && (
        <div
          ref={menu}
          role="menu"
          aria-label={t('desk.user.menu', { name })}
          className="signoff-user-menu"
          onKeyDown={onMenuKeyDown}
        >
          <div
            role="menuitem"
            aria-disabled="true"
            tabIndex={-1}
            className="signoff-user-menu-who"
          >{`${name} · ${tenantName}`}</div>
          <div role="separator" className="signoff-user-menu-divider" />
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="signoff-user-menu-item"
              onClick={() => {
                close(false);
                item.onPick();
              }}
            >
              <span className="icon">{item.icon}</span>
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
