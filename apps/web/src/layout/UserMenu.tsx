import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { BellOutlined, DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { avatarText } from './avatar-text';
import { useLogout } from './use-logout';

const OPEN_KEYS = new Set(['Enter', ' ', 'ArrowDown']);

/**
 * The user menu behind a real button: Tab reaches it, Enter, Space or ↓ opens it with the focus
 * inside (↑/↓ move, Enter picks, Esc closes and returns to the button), a click or tap as well.
 */
export function UserMenu({ name, tenantName, compact }: { name: string; tenantName: string; compact: boolean }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const byKeyboard = useRef(false);
  const popup = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  // opened from the keyboard, the focus moves to the first item, where ↑/↓ and Enter work
  useEffect(() => {
    if (!open || !byKeyboard.current) return;
    byKeyboard.current = false;
    const id = requestAnimationFrame(() => popup.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus());
    return () => cancelAnimationFrame(id);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!OPEN_KEYS.has(e.key)) return;
    // opening here rather than through the click a button makes of Enter/Space, so a keyboard never toggles it shut again
    e.preventDefault();
    byKeyboard.current = true;
    setOpen(true);
  };

  return (
    <Dropdown
      open={open}
      onOpenChange={setOpen}
      trigger={['click']}
      placement="bottomRight"
      popupRender={(menu) => (
        <div
          ref={popup}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            setOpen(false);
            trigger.current?.focus();
          }}
        >
          {menu}
        </div>
      )}
      menu={{
        onClick: () => setOpen(false),
        items: [
          { key: 'who', label: <Typography.Text type="secondary">{`${name} · ${tenantName}`}</Typography.Text>, disabled: true },
          { type: 'divider' },
          {
            key: 'notifications',
            icon: <BellOutlined />,
            label: t('desk.user.notifications'),
            onClick: () => void navigate('/settings/notifications'),
          },
          { key: 'password', icon: <KeyOutlined />, label: t('desk.user.password'), onClick: () => void navigate('/change-password') },
          { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('desk.user.logout')}</span>, onClick: logout },
        ],
      }}
    >
      <button
        ref={trigger}
        type="button"
        className="signoff-user-trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('desk.user.menu', { name })}
        data-testid="user-menu"
        onKeyDown={onKeyDown}
        // Space clicks a button on key-up; the key-down above has opened the menu already
        onKeyUp={(e) => e.key === ' ' && e.preventDefault()}
      >
        <Avatar size={compact ? 32 : 28} style={{ background: '#1677ff', fontSize: 12, flex: 'none' }} icon={name ? undefined : <UserOutlined />}>
          {avatarText(name)}
        </Avatar>
        {!compact && <span className="signoff-user-name">{name}</span>}
        {!compact && <DownOutlined style={{ fontSize: 10, color: '#8c8c8c' }} />}
      </button>
    </Dropdown>
  );
}
