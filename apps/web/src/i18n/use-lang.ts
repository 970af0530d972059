import { useTranslation } from 'react-i18next';
import type { Localized } from '@signoff/schema';
import type { Lang } from './i18n';

/** The current language plus a picker for server texts that come in both languages. */
export function useLang(): { lang: Lang; pick: (text: Localized | null | undefined) => string } {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  return { lang, pick: (text) => (text ? text[lang] || text.zh : '') };
}
