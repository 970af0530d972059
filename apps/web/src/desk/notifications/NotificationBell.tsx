import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { BellOutlined } from '@ant-design/icons';
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

/**
 * The header's bell with the unread count; a panel under the bell on desktop, a full-height drawer
 * on phones. The desktop panel is our own (Esc or a press outside closes it, the focus returns to
 * the bell) rather than antd's Popover, whose positioning engine every page's shell would load.
 */
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

  const root = useRef<HTMLDivElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open || phone) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, phone]);

  const button = (
    <button
      ref={bell}
      type="button"
      className="signoff-bell"
      aria-label={count > 0 ? t('desk.notice.bellCount', { count }) : t('desk.notice.bell')}
      aria-haspopup="dialog"
      aria-expanded={open}
      data-testid="notification-bell"
      onClick={() => show(phone ? true : !open)}
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
    <div className="signoff-bell-anchor" ref={root}>
      {button}
      {open && (
        <div
          role="dialog"
          aria-label={t('desk.notice.bell')}
          className="signoff-bell-panel"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            setOpen(false);
            bell.current?.focus();
          }}
        >
          <Suspense fallback={fallback}>
            <NotificationPanel onDone={() => setOpen(false)} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
