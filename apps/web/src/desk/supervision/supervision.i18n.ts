import { featureBundle } from '../../i18n/feature-bundle';
import { i18n } from '../../i18n/i18n';

/**
 * The supervision desk's newer strings (`t('supervision.…')`); the older ones are `desk.supervision.…`
 * in desk.i18n.ts. Registered here, with the page that uses them, rather than in i18n.ts.
 */
export const supervisionStrings = featureBundle(
  {
    extendedOnTime: '已延期至 {{time}}，不再超期',
    extendedStillOverdue: '已延期至 {{time}}，仍超期 {{overdue}}',
  },
  {
    extendedOnTime: 'Extended to {{time}}; no longer overdue',
    extendedStillOverdue: 'Extended to {{time}}; still overdue by {{overdue}}',
  },
);

for (const lang of ['zh', 'en'] as const)
  i18n.addResourceBundle(lang, 'translation', { supervision: supervisionStrings[lang] }, true, true);
