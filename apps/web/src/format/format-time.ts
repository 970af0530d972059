import dayjs from 'dayjs';

/** Times as Chinese business software shows them: full date and minutes, local time zone. */
export function formatTime(iso: string | Date | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : '';
}
