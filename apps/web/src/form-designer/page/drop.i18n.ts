import { featureBundle } from '../../i18n/feature-bundle';
import { i18n } from '../../i18n/i18n';

/**
 * What a screen reader hears while a field is dragged over the canvas (`t('designerDrop.…')`):
 * the place between fields it would go to. Registered by DesignerDnd, which says them.
 */
export const designerDropStrings = featureBundle(
  {
    roleDescription: '可拖动的字段',
    at: '「{{item}}」将放在{{place}}',
    done: '已把「{{item}}」放在{{place}}',
    before: '「{{target}}」之前',
    formEnd: '表单末尾',
    tableBefore: '明细「{{table}}」中「{{target}}」之前',
    tableEnd: '明细「{{table}}」末尾',
  },
  {
    roleDescription: 'draggable field',
    at: '"{{item}}" would go {{place}}',
    done: 'Put "{{item}}" {{place}}',
    before: 'before "{{target}}"',
    formEnd: 'at the end of the form',
    tableBefore: 'in the details "{{table}}", before "{{target}}"',
    tableEnd: 'at the end of the details "{{table}}"',
  },
);

for (const lang of ['zh', 'en'] as const)
  i18n.addResourceBundle(lang, 'translation', { designerDrop: designerDropStrings[lang] }, true, true);
