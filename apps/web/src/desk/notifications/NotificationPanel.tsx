import { CloseOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Skeleton, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorText } from '../../api/app-error';
import { useTRPC, type RouterOutputs } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import type { Localized } from '@signoff/schema';
import { formatRelative } from '../locale-format';
import '../desk.css';

type Notice = RouterOutputs['notifications']['list'][number];

const isLocalized = (v: unknown): v is Localized =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Localized).zh === 'string' &&
  typeof (v as Localized).en === 'string';

/** The notice's own title and body, written by the server in both languages when it was sent. */
function noticeText(n: Notice): { title: Localized | null; body: Localized | null } {
  return {
    title: isLocalized(n.data.title) ? n.data.title : null,
    body: isLocalized(n.data.body) ? n.data.body : null,
  };
}

/** The latest notices; opening one marks it read and goes to its request. `onDone` closes the popover or drawer. */
/** `closable`: a close button in the head row (the phone's full-screen drawer has no other way out but "back"). */
export default function NotificationPanel({
  onDone,
  closable = false,
}: {
  onDone: () => void;
  closable?: boolean;
}) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const list = useQuery(trpc.notifications.list.queryOptions({ limit: 30 }));
  const markRead = useMutation({
    ...trpc.notifications.markRead.mutationOptions(),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }),
  });
  const unreadIds = (list.data ?? []).filter((n) => n.readAt === null).map((n) => n.id);
  const now = new Date();

  const open = (n: Notice) => {
    if (n.readAt === null) markRead.mutate({ ids: [n.id] });
    onDone();
    if (n.instanceId) void navigate(`/requests/${encodeURIComponent(n.instanceId)}`);
  };

  return (
    <div className="desk-notices" data-testid="notification-panel">
      <div className="desk-notices-head">
        <Typography.Text strong>{t('desk.notice.title')}</Typography.Text>
        <span className="desk-notices-actions">
          <Button
            type="link"
            size="small"
            disabled={unreadIds.length === 0}
            loading={markRead.isPending}
            onClick={() => markRead.mutate({ ids: unreadIds.slice(0, 200) })}
          >
            {t('desk.notice.markAll')}
          </Button>
          <Link
            to="/settings/notifications"
            onClick={onDone}
            aria-label={t('desk.notice.settings')}
            className="desk-notices-settings"
          >
            <SettingOutlined />
          </Link>
          {closable && (
            <Button
              type="text"
              icon={<CloseOutlined />}
              onClick={onDone}
              aria-label={t('desk.notice.close')}
              className="desk-touch"
            />
          )}
        </span>
      </div>
      {list.isPending && <Skeleton active paragraph={{ rows: 4 }} style={{ padding: 16 }} />}
      {list.isError && (
        <Alert type="error" showIcon title={errorText(list.error, lang)} style={{ margin: 12 }} />
      )}
      {list.data?.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('desk.notice.empty')}
          style={{ padding: 24 }}
        />
      )}
      <ul className="desk-notices-list">
        {list.data?.map((n) => {
          const text = noticeText(n);
          return (
            <li key={n.id}>
              <button
                type="button"
                className={n.readAt === null ? 'desk-notice unread' : 'desk-notice'}
                onClick={() => open(n)}
                data-testid="notification-item"
              >
                <span
                  className="desk-notice-dot"
                  aria-label={n.readAt === null ? t('desk.notice.unread') : undefined}
                />
                <span className="desk-notice-main">
                  <span className="desk-notice-title">{pick(text.title) || n.kind}</span>
                  {text.body && <span className="desk-notice-body">{pick(text.body)}</span>}
                  <span className="desk-notice-time">{formatRelative(n.createdAt, now, lang, t)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
