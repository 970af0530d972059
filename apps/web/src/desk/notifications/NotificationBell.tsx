import { lazy, Suspense, useState } from 'react';
import { BellOutlined } from '@ant-design/icons';
import { Popover } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { CountBadge } from '../../layout/CountBadge';

// the list and the phone drawer load on first open: every page has the bell, few open it
const NotificationPanel = lazy(() => import('./NotificationPanel'));
const NotificationDrawer = lazy(() => import('./NotificationDrawer'));

const fallback = (
  <div style={{ padding: 24, textAlign: 'center' }}>
    <span className="signoff-spinner signoff-spinner-sm" role="status" />
  </div>
);

/** The header's bell with the unread count; a popover on desktop, a full-height drawer on phones. */
export function NotificationBell({ phone }: { phone: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [everOpened, setEverOpened] = useState(false);
  const unread = useQuery({ ...trpc.notifications.unreadCount.queryOptions(), refetchInterval: 60_000 });
  const count = unread.data?.count ?? 0;
  const show = (next: boolean) => {
    setOpen(next);
    if (next) setEverOpened(true);
  };

  const button = (
    <button
      type="button"
      className="signoff-bell"
      aria-label={count > 0 ? t('desk.notice.bellCount', { count }) : t('desk.notice.bell')}
      aria-haspopup="dialog"
      aria-expanded={open}
      data-testid="notification-bell"
      onClick={phone ? () => show(true) : undefined}
    >
      <CountBadge count={count}>
        <BellOutlined style={{ fontSize: 18 }} />
      </CountBadge>
    </button>
  );

  if (phone) {
    return (
      <>
        {button}
        {everOpened && (
          <Suspense fallback={null}>
            <NotificationDrawer open={open} onClose={() => setOpen(false)} />
          </Suspense>
        )}
      </>
    );
  }
  return (
    <Popover
      open={open}
      onOpenChange={show}
      trigger={['click']}
      placement="bottomRight"
      arrow={false}
      styles={{ container: { padding: 0, width: 380 } }}
      // the popover mounts its content on first open, which is when the panel's code loads
      content={
        <Suspense fallback={fallback}>
          <NotificationPanel onDone={() => setOpen(false)} />
        </Suspense>
      }
    >
      {button}
    </Popover>
  );
}
