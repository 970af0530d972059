import { i18n } from '../i18n/i18n';
import { designerStrings } from './designer.i18n';

// Added on import rather than in i18n.ts, so the fill and approve pages never carry the designer's strings.
for (const lang of ['zh', 'en'] as const) {
  i18n.addResourceBundle(lang, 'translation', { designer: designerStrings[lang] }, true, true);
}
