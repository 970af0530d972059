import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../locale-format';

/** How long is left before a task's time limit, or how far past it: "剩余 5 小时", "超时 2 天". */
export function DueText({ dueAt, now = Date.now() }: { dueAt: string | null; now?: number }) {
  const { t } = useTranslation();
  if (!dueAt) return null;
  const left = new Date(dueAt).getTime() - now;
  if (Number.isNaN(left)) return null;
  return left >= 0 ? (
    <Typography.Text type="secondary">{t('desk.tag.dueIn', { time: formatDuration(left, t) })}</Typography.Text>
  ) : (
    <Typography.Text type="danger">{t('desk.tag.overdueBy', { time: formatDuration(left, t) })}</Typography.Text>
  );
}
