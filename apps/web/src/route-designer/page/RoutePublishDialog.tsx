import { Alert, Button, Modal } from 'antd';
import type { FormModel, ModelProblem } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { PublishDialog } from '../../form-designer/page/PublishDialog';
import type { TemplateDesign } from '../../form-designer/page/use-template-design';
import { useLang } from '../../i18n/use-lang';
import type { Flow, FlowProblem } from '../canvas/route-canvas-types';
import type { RouteOrg } from '../settings';
import { useSimulationCases } from '../simulation';

export interface RoutePublishDialogProps {
  design: TemplateDesign;
  model: FormModel;
  flow: Flow;
  org: RouteOrg | undefined;
  routeProblems: readonly FlowProblem[];
  formProblems: readonly ModelProblem[];
  saved: boolean;
  flush: () => Promise<void>;
  onClose: () => void;
  onPublished: () => void;
  onShowProblems: () => void;
}

/**
 * Publishing from the route page: refused while the route or the form has problems, or while a
 * saved simulation case fails (each with its differences); otherwise the form designer's own
 * publish dialog, since the server publishes the draft's form and route together.
 */
export function RoutePublishDialog(p: RoutePublishDialogProps) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const blocked = p.routeProblems.length > 0 || p.formProblems.length > 0;
  const cases = useSimulationCases({
    templateId: p.design.templateId,
    flow: p.flow,
    model: p.model,
    org: p.org,
  });
  const failing = cases.results?.filter((r) => !r.passed) ?? [];
  const hasCases = cases.cases === undefined || cases.cases.length > 0;
  // cases that cannot be run (not loaded, no org to run them on) block as a failing one would
  const unrunnable = hasCases && (cases.error != null || p.org === undefined);
  const checking = hasCases && !unrunnable && cases.results === undefined;
  const held = blocked || unrunnable || checking || failing.length > 0;

  if (!held)
    return (
      <PublishDialog
        design={p.design}
        model={p.model}
        problems={p.formProblems}
        saved={p.saved}
        flush={p.flush}
        onClose={p.onClose}
        onPublished={p.onPublished}
        onShowProblems={p.onShowProblems}
      />
    );

  return (
    <Modal
      open
      title={t('routeDesigner.publish.title')}
      onCancel={p.onClose}
      footer={[
        blocked && (
          <Button key="problems" onClick={p.onShowProblems}>
            {t('routeDesigner.publish.showProblems')}
          </Button>
        ),
        <Button key="close" onClick={p.onClose}>
          {t('routeDesigner.publish.close')}
        </Button>,
      ]}
    >
      <div data-testid="route-publish-blocked">
        {p.routeProblems.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('routeDesigner.publish.blockedRoute', { count: p.routeProblems.length })}
            description={
              <ul className="rd-publish-list">
                {p.routeProblems.map((x, i) => (
                  <li key={`${x.code}/${i}`}>{pick(x.message)}</li>
                ))}
              </ul>
            }
          />
        )}
        {p.formProblems.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('routeDesigner.publish.blockedForm', { count: p.formProblems.length })}
            description={
              <ul className="rd-publish-list">
                {p.formProblems.map((x, i) => (
                  <li key={`${x.code}/${i}`}>{pick(x.message)}</li>
                ))}
              </ul>
            }
          />
        )}
        {!blocked && checking && <p>{t('routeDesigner.publish.checking')}</p>}
        {!blocked && unrunnable && (
          <Alert
            type="error"
            showIcon
            title={
              cases.error != null
                ? t('routeDesigner.publish.casesFailed', { error: errorText(cases.error, lang) })
                : t('routeDesigner.publish.noOrg')
            }
          />
        )}
        {!blocked && failing.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('routeDesigner.publish.failedCases', { count: failing.length })}
            description={
              <ul className="rd-publish-list" data-testid="route-publish-failing">
                {failing.map((c) => (
                  <li key={c.caseId}>
                    <strong>{c.name}</strong>
                    <ul>
                      {c.differences.map((d, i) => (
                        <li key={i}>{d}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            }
          />
        )}
      </div>
    </Modal>
  );
}
