import { Badge, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../api/trpc';
import { BOXES, type Box } from './inbox-params';

export type InboxCounts = RouterOutputs['inbox']['counts'];

/** What a box's tab shows beside its name: open work in red, the rest as a plain number. */
function countOf(box: Box, counts: InboxCounts | undefined): { n: number; alert: boolean; unread?: number } {
  if (!counts) return { n: 0, alert: false };
  switch (box) {
    case 'todo':
      return { n: counts.todo, alert: true };
    case 'cc':
      return { n: counts.cc, alert: false, unread: counts.ccUnread };
    default:
      return { n: counts[box], alert: false };
  }
}

/** The four boxes of the approval centre, each with its count from `inbox.counts`. */
export function BoxTabs({ box, counts, onChange }: { box: Box; counts: InboxCounts | undefined; onChange: (box: Box) => void }) {
  const { t } = useTranslation();
  return (
    <Tabs
      activeKey={box}
      onChange={(k) => onChange(BOXES.find((b) => b === k) ?? 'todo')}
      className="desk-box-tabs"
      items={BOXES.map((b) => {
        const c = countOf(b, counts);
        return {
          key: b,
          label: (
            <span className="desk-tab-label" data-testid={`tab-${b}`}>
              {t(`desk.box.${b}`)}
              {c.alert ? (
                <Badge count={c.n} size="small" overflowCount={999} data-testid={`count-${b}`} />
              ) : (
                counts && (
                  <span className="desk-tab-count" data-testid={`count-${b}`}>
                    {c.n}
                  </span>
                )
              )}
              {c.unread !== undefined && c.unread > 0 && <Badge dot title={t('desk.box.unreadLabel', { count: c.unread })} />}
            </span>
          ),
        };
      })}
    />
  );
}
