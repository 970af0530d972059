import { featureBundle } from '../i18n/feature-bundle';

/** The form renderer's strings (`t('renderer.…')`). */
export const rendererStrings = featureBundle({ placeholder: '' }, { placeholder: '' });
