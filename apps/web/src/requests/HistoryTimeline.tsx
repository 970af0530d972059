import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled, EyeOutlined, ForwardOutlined, SendOutlined, ToolOutlined, FlagFilled } from '@ant-design/icons';
import { Space, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../api/trpc';
import { formatTime } from '../format/format-time';
import { useLang } from '../i18n/use-lang';

type Entry = RouterOutputs['instances']['get']['timeline'][number];

const LOOK: Record<string, { color: string; icon: ReactNode }> = {
  submitted: { color: 'blue', icon: <SendOutlined /> },
  step_started: { color: 'gray', icon: <ClockCircleOutlined /> },
  step_skipped: { color: 'gray', icon: <ForwardOutlined /> },
  approved: { color: 'green', icon: <CheckCircleFilled /> },
  rejected: { color: 'red', icon: <CloseCircleFilled /> },
  done: { color: 'green', icon: <ToolOutlined /> },
  notified: { color: 'blue', icon: <EyeOutlined /> },
  finished: { color: 'green', icon: <FlagFilled /> },
};

function EntryBody({ e }: { e: Entry }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const who = e.actor ? e.actor.name : e.users.map((u) => u.name).join('、');
  return (
    <div className="signoff-timeline-entry" data-testid={`timeline-${e.type}`}>
      <Space size={8} wrap>
        <Typography.Text strong>{e.nodeName ? pick(e.nodeName) : t(`timeline.${e.type}`, { defaultValue: e.type })}</Typography.Text>
        {e.nodeName && <Tag style={{ marginInlineEnd: 0 }}>{t(`timeline.${e.type}`, { defaultValue: e.type })}</Tag>}
        {e.fallback && <Tag color="warning">{t('timeline.fallback')}</Tag>}
      </Space>
      {who && <Typography.Text>{who}</Typography.Text>}
      {e.comment && <Typography.Text type="secondary">{t('timeline.comment', { text: e.comment })}</Typography.Text>}
      {e.reason && <Typography.Text type="secondary">{t('timeline.reason', { text: pick(e.reason) })}</Typography.Text>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatTime(e.at)}
      </Typography.Text>
    </div>
  );
}

/** The request's history, oldest first, as the approval apps show it: who, at which step, what, and why. */
export function HistoryTimeline({ entries }: { entries: Entry[] }) {
  return (
    <Timeline
      items={entries.map((e) => {
        const look = LOOK[e.type] ?? { color: 'gray', icon: undefined };
        return { key: e.id, color: look.color, icon: look.icon, content: <EntryBody e={e} /> };
      })}
    />
  );
}
