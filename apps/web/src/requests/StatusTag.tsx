import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { deskStrings } from '../desk/desk.i18n';

const COLORS: Record<string, string> = { running: 'processing', approved: 'success', rejected: 'error', withdrawn: 'default', cancelled: 'default' };
const KNOWN = new Set(Object.keys(deskStrings.zh.status));

/** A request's status; a status this build does not know shows as "—" rather than as a raw key. */
export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="status-tag" style={{ marginInlineEnd: 0 }}>
      {KNOWN.has(status) ? t(`desk.status.${status}`) : '—'}
    </Tag>
  );
}

const TASK_COLORS: Record<string, string> = {
  pending: 'processing',
  waiting: 'default',
  unread: 'processing',
  approved: 'success',
  rejected: 'error',
  done: 'success',
  read: 'default',
  acknowledged: 'default',
  returned: 'warning',
  transferred: 'default',
  cancelled: 'default',
};
const KNOWN_TASK = new Set(Object.keys(deskStrings.zh.taskStatus));

export function TaskStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={TASK_COLORS[status] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {KNOWN_TASK.has(status) ? t(`desk.taskStatus.${status}`) : '—'}
    </Tag>
  );
}
