import type { TFunction } from 'i18next';
import type { Lang } from '../i18n/i18n';

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

// one formatter per language and style: Intl formatters are costly to build and lists make many calls
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, style: 'dateTime' | 'date'): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], {
      year: 'numeric',
      month: lang === 'zh' ? '2-digit' : 'short',
      day: '2-digit',
      ...(style === 'dateTime' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

const valid = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** "2026/11/26 14:30" in Chinese, "26 Nov 2026, 14:30" in English, in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  const d = valid(iso);
  return d ? formatter(lang, 'dateTime').format(d) : '';
}

/** A span of time as people say it: "3 天 2 小时", "45 分钟" (whole minutes, never seconds). */
export function formatDuration(ms: number, t: TFunction): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return t('desk.duration.lessThanMinute');
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) return hours % 24 === 0 ? t('desk.duration.days', { count: days }) : t('desk.duration.daysHours', { days, hours: hours % 24 });
  if (hours > 0) return t('desk.duration.hours', { count: hours });
  return t('desk.duration.minutes', { count: minutes });
}

/** "5 分钟前", "yesterday": for notices, where the distance matters more than the clock time. */
export function formatRelative(iso: string, now: Date, lang: Lang, t: TFunction): string {
  const d = valid(iso);
  if (!d) return '';
  const seconds = (d.getTime() - now.getTime()) / 1000;
  if (Math.abs(seconds) < 60) return t('desk.notice.justNow');
  const rtf = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [['minute', 60], ['hour', 3600], ['day', 86_400]];
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i];
    if (!unit) continue;
    const [name, size] = unit;
    if (Math.abs(seconds) >= size) {
      // beyond a week a date says more than "23 days ago"
      if (name === 'day' && Math.abs(seconds) >= 7 * 86_400) return formatDateTime(iso, lang);
      return rtf.format(Math.round(seconds / size), name);
    }
  }
  return rtf.format(Math.round(seconds / 60), 'minute');
}
