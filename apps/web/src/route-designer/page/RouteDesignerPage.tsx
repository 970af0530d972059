import '@xyflow/react/dist/style.css';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText } from '../../api/app-error';
import '../../form-designer/page/designer-page.css';
import { useTemplateDesign } from '../../form-designer/page/use-template-design';
import { useLang } from '../../i18n/use-lang';
import { LoadingLines } from '../../layout/Text';
import '../route-designer-i18n-load';
import { useRouteOrg } from '../settings';
import { RouteDesigner } from './RouteDesigner';
import './route-designer-page.css';

/** `/designer/forms/:templateId/route`: the approval route of one template (lazily loaded by the router). */
export default function RouteDesignerPage() {
  const { templateId = '' } = useParams();
  const { t } = useTranslation();
  const { lang } = useLang();
  const { design, waiting, error, problem, refetchPublished } = useTemplateDesign(templateId);
  // the history checks rank conditions against the org's ranks, so it starts once the org is read
  const { org, isLoading: orgLoading } = useRouteOrg();
  if (waiting || orgLoading) return <LoadingLines rows={6} label={t('routeDesigner.title')} />;
  if (error || !design)
    return (
      <Alert
        type="error"
        showIcon
        title={t('routeDesigner.loadFailed')}
        description={error ? errorText(error, lang) : problem ? t('routeDesigner.noContent') : undefined}
      />
    );
  return (
    <RouteDesigner key={templateId} design={design} org={org} onPublished={() => void refetchPublished()} />
  );
}
