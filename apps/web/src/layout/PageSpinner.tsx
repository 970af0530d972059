import { useTranslation } from 'react-i18next';

/** The wait for a page's code or data, in CSS only: every page's fallback, so it stays out of antd. */
export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="signoff-center" role="status" aria-label={t('header.loading')}>
      <span className="signoff-spinner" />
    </div>
  );
}
