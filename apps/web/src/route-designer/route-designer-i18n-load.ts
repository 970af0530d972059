import { i18n } from '../i18n/i18n';
import { routeDesignerStrings } from './route-designer.i18n';

// Added on import rather than in i18n.ts, so the fill and approve pages never carry the route designer's strings.
for (const lang of ['zh', 'en'] as const) {
  i18n.addResourceBundle(lang, 'translation', { routeDesigner: routeDesignerStrings[lang] }, true, true);
}
