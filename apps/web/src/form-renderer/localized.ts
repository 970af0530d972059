import type { Localized } from '@signoff/schema';
import type { Lang } from '../i18n/i18n';

export const pickText = (text: Localized | undefined, lang: Lang): string => (text ? text[lang] || text.zh : '');
