import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from './use-logout';

export function UserMenu({ name, tenantName, compact }: { name: string; tenantName: string; compact: boolean }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', label: <Typography.Text type="secondary">{`${name} · ${tenantName}`}</Typography.Text>, disabled: true },
          { type: 'divider' },
          { key: 'password', icon: <KeyOutlined />, label: t('password.title'), onClick: () => void navigate('/change-password') },
          { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('header.logout')}</span>, onClick: logout },
        ],
      }}
    >
      <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
        <Avatar size={28} style={{ background: '#1677ff', fontSize: 12 }} icon={name ? undefined : <UserOutlined />}>
          {name.slice(-2)}
        </Avatar>
        {!compact && <span>{name}</span>}
      </Space>
    </Dropdown>
  );
}
