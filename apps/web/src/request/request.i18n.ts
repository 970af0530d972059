import { featureBundle } from '../i18n/feature-bundle';

/** The request page's strings (`t('request.…')`). */
export const requestStrings = featureBundle({ placeholder: '' }, { placeholder: '' });
