import { featureBundle } from '../i18n/feature-bundle';

/** The approval desk's strings (`t('desk.…')`). */
export const deskStrings = featureBundle({ placeholder: '' }, { placeholder: '' });
