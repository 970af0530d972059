import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText } from '../../api/app-error';
import { useLang } from '../../i18n/use-lang';
import { LoadingLines } from '../../layout/Text';
import { Designer } from './Designer';
import './page.i18n';
import './designer-page.css';
import { useTemplateDesign } from './use-template-design';

/** `/designer/forms/:templateId`: the form designer of one template (lazily loaded by the router). */
export default function FormDesignerPage() {
  const { templateId = '' } = useParams();
  const { t } = useTranslation();
  const { lang } = useLang();
  const { design, waiting, error, problem, refetchPublished } = useTemplateDesign(templateId);
  if (waiting) return <LoadingLines rows={6} label={t('designerPage.title')} />;
  if (error || !design)
    return (
      <Alert
        type="error"
        showIcon
        title={t('designerPage.loadFailed')}
        description={error ? errorText(error, lang) : problem ? t('designerPage.noContent') : undefined}
      />
    );
  // a fresh designer per template; the published version is refetched after publishing for the next diff
  return <Designer key={templateId} design={design} onPublished={() => void refetchPublished()} />;
}
