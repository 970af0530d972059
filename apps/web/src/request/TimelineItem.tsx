import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../format/format-time';
import { useLang } from '../i18n/use-lang';
import type { Person, TimelineEventType } from './request-detail';
import type { ShownEntry } from './timeline-entries';

const names = (people: readonly Person[]) => people.map((p) => p.name).join('、');

/** Events whose comment is the reason the engine demanded, not an opinion. */
const COMMENT_IS_REASON: ReadonlySet<TimelineEventType> = new Set<TimelineEventType>(['rejected', 'returned', 'cancelled', 'extended', 'reassigned']);

/** Where the request went after a handover, in words. */
function handoverLine(e: ShownEntry): string | null {
  if (e.toUsers.length === 0) return null;
  if (e.type === 'transferred') return 'request.timeline.to';
  if (e.type === 'signer_added') return 'request.timeline.added';
  if (e.type === 'reassigned') return 'request.timeline.reassignedTo';
  return null;
}

/** One action of the request's history: what, at which step, who (and for whom), why, and what came with it. */
export function TimelineItem({ e }: { e: ShownEntry }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const label = t(`request.event.${e.type}`);
  const people = e.type === 'step_started' ? e.waitingFor : e.actor ? [e.actor] : e.users;
  const handover = handoverLine(e);
  return (
    <div className="signoff-timeline-entry" data-testid={`timeline-${e.type}`}>
      <Space size={8} wrap>
        <Typography.Text strong>{e.nodeName ? pick(e.nodeName) : label}</Typography.Text>
        {e.nodeName && <Tag style={{ marginInlineEnd: 0 }}>{label}</Tag>}
        {e.fallback && <Tag color="warning">{t('request.timeline.fallback')}</Tag>}
      </Space>
      {people.length > 0 && (
        <Typography.Text>
          {e.type === 'step_started' ? t('request.timeline.waitingFor', { names: names(people) }) : names(people)}
          {e.delegatedFrom && (
            <Typography.Text type="secondary" data-testid="timeline-delegated">
              {` · ${t('request.timeline.delegated', { name: e.delegatedFrom.name })}`}
            </Typography.Text>
          )}
        </Typography.Text>
      )}
      {handover && <Typography.Text data-testid="timeline-handover">{t(handover, { names: names(e.toUsers) })}</Typography.Text>}
      {e.comment && (
        <Typography.Text type="secondary" className="signoff-timeline-comment">
          {e.type === 'commented'
            ? e.comment
            : t(COMMENT_IS_REASON.has(e.type) ? 'request.timeline.reason' : 'request.timeline.comment', { text: e.comment })}
        </Typography.Text>
      )}
      {e.reason && (
        <Typography.Text type="secondary">
          {t(e.type === 'step_skipped' ? 'request.timeline.reason' : 'request.timeline.why', { text: pick(e.reason) })}
        </Typography.Text>
      )}
      {e.why && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('request.timeline.why', { text: pick(e.why) })}
        </Typography.Text>
      )}
      {e.changedFields && e.changedFields.length > 0 && (
        <Typography.Text type="secondary" data-testid="timeline-changed">
          {t('request.timeline.changed', { fields: e.changedFields.map((f) => pick(f.label)).join('、') })}
        </Typography.Text>
      )}
      {e.signatureUrl && (
        <img
          className="signoff-timeline-signature"
          src={e.signatureUrl}
          alt={t('request.timeline.signature', { name: e.actor?.name ?? '' })}
          data-testid="timeline-signature"
        />
      )}
      {e.attachments.length > 0 && (
        <div className="signoff-timeline-files" aria-label={t('request.timeline.attachments')}>
          {e.attachments.map((f) => (
            <a key={f.id} href={`/files/${encodeURIComponent(f.id)}`} target="_blank" rel="noreferrer">
              <PaperClipOutlined /> {f.name}
            </a>
          ))}
        </div>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatTime(e.at)}
      </Typography.Text>
    </div>
  );
}
