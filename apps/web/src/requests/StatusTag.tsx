import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { running: 'processing', approved: 'success', rejected: 'error', withdrawn: 'default' };

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="status-tag" style={{ marginInlineEnd: 0 }}>
      {t(`status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

const TASK_COLORS: Record<string, string> = { pending: 'processing', unread: 'processing', approved: 'success', rejected: 'error', done: 'success', read: 'default' };

export function TaskStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={TASK_COLORS[status] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`taskStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}
