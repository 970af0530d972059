import { Timeline } from 'antd';
import { useMemo } from 'react';
import { EVENT_LOOK } from './event-look';
import type { TaskRow, TimelineEntry } from './request-detail';
import { shownTimeline } from './timeline-entries';
import { TimelineItem } from './TimelineItem';

/** The request's history, oldest first, as the approval apps show it: who, at which step, what, and why. */
export function HistoryTimeline({ entries, tasks }: { entries: readonly TimelineEntry[]; tasks: readonly TaskRow[] }) {
  const shown = useMemo(() => shownTimeline(entries, tasks), [entries, tasks]);
  return (
    <Timeline
      items={shown.map((e) => {
        const look = EVENT_LOOK[e.type];
        return { key: e.id, color: look.color, icon: look.icon, content: <TimelineItem e={e} /> };
      })}
    />
  );
}
