import { RightOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../i18n/use-lang';
import { StatusTag, TaskStatusTag } from '../../requests/StatusTag';
import { formatDateTime } from '../locale-format';
import { CurrentStepText } from './CurrentStepText';
import { DueText } from './DueText';
import type { Box } from './inbox-params';
import { batchable, type InboxRow } from './inbox-row';
import { requestHref } from './InboxTable';
import { RowTags } from './RowTags';

function CardBody({ row, box }: { row: InboxRow; box: Box }) {
  const { t } = useTranslation();
  const { pick, lang } = useLang();
  const when = box === 'started' ? row.createdAt : row.receivedAt;
  return (
    <div className="signoff-list-item-main">
      <div className="desk-card-title">
        <Typography.Text strong ellipsis className="desk-card-title-text">
          {box === 'started' ? pick(row.title) : t('desk.list.rowTitle', { name: row.applicantName, title: pick(row.title) })}
        </Typography.Text>
        <RowTags row={row} />
      </div>
      <Typography.Text type="secondary" className="signoff-list-item-line">
        {t('desk.labelColon', { label: t('desk.list.currentStep') })}<CurrentStepText row={row} box={box} />
      </Typography.Text>
      <div className="desk-card-meta">
        <Typography.Text type="secondary" className="signoff-list-item-line">
          {`${row.serialNo} · ${formatDateTime(when, lang)}`}
        </Typography.Text>
        {box === 'todo' && <DueText dueAt={row.dueAt} />}
      </div>
    </div>
  );
}

/** The phone's approval centre list: tappable cards; in select mode a tap ticks the card instead of opening it. */
export function InboxCards(props: {
  box: Box;
  rows: InboxRow[];
  loading: boolean;
  filtered: boolean;
  hasMore: boolean;
  onMore: () => void;
  selecting: boolean;
  selected: ReadonlySet<string>;
  onToggle: (row: InboxRow) => void;
  /** the menu entry the list belongs to, kept when a request is opened from it */
  from: string;
}) {
  const { box, rows, loading, filtered, hasMore, onMore, selecting, selected, onToggle, from } = props;
  const { t } = useTranslation();
  const { pick } = useLang();
  const side = (r: InboxRow) =>
    box === 'done' || box === 'cc' ? (r.taskStatus ? <TaskStatusTag status={r.taskStatus} /> : null) : box === 'started' ? <StatusTag status={r.status} /> : null;

  return (
    <Spin spinning={loading && rows.length === 0}>
      <div className="signoff-phone-list" data-testid="inbox-cards">
        {rows.length === 0 && !loading && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(filtered ? 'desk.list.emptyFiltered' : 'desk.list.empty')} style={{ padding: '24px 0' }} />
        )}
        {rows.map((r) =>
          selecting ? (
            <div
              key={r.key}
              role="checkbox"
              aria-checked={selected.has(r.key)}
              aria-disabled={!batchable(r)}
              aria-label={t('desk.list.rowTitle', { name: r.applicantName, title: pick(r.title) })}
              tabIndex={batchable(r) ? 0 : -1}
              className={`signoff-list-item desk-card${batchable(r) ? '' : ' desk-card-disabled'}`}
              onClick={() => batchable(r) && onToggle(r)}
              onKeyDown={(e) => {
                if ((e.key === ' ' || e.key === 'Enter') && batchable(r)) {
                  e.preventDefault();
                  onToggle(r);
                }
              }}
              data-testid="request-row"
            >
              {/* the card is the control; the box only shows its state */}
              <Checkbox checked={selected.has(r.key)} disabled={!batchable(r)} tabIndex={-1} className="desk-card-check" style={{ pointerEvents: 'none' }} />
              <CardBody row={r} box={box} />
            </div>
          ) : (
            <Link
              key={r.key}
              to={requestHref(r)}
              state={{ from }}
              className={`signoff-list-item signoff-request-row desk-card${r.urgent ? ' desk-row-urgent' : ''}`}
              data-testid="request-row"
            >
              <CardBody row={r} box={box} />
              {side(r)}
              <RightOutlined style={{ color: '#bfbfbf' }} />
            </Link>
          ),
        )}
      </div>
      {rows.length > 0 && (
        <div className="desk-more">
          {hasMore ? (
            <Button block size="large" onClick={onMore} loading={loading} data-testid="load-more">
              {t('desk.list.loadMore')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('desk.list.noMore')}</Typography.Text>
          )}
        </div>
      )}
    </Spin>
  );
}
