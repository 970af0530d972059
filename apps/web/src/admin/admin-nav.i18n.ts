import { featureBundle } from '../i18n/feature-bundle';
import { i18n } from '../i18n/i18n';

/**
 * The desk menu's entry to the console (`t('adminNav.…')`): the only admin text the desk's
 * first visit loads, kept apart from the console's own strings, which load with its chunk.
 */
export const adminNavStrings = featureBundle(
  { label: '管理后台', short: '管理' },
  { label: 'Admin console', short: 'Admin' },
);

for (const lang of ['zh', 'en'] as const)
  i18n.addResourceBundle(lang, 'translation', { adminNav: adminNavStrings[lang] }, true, true);
