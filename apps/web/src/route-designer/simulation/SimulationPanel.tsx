import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Alert, Divider, Space, Typography } from 'antd';
import type { FlowDefinition } from '@signoff/flow';
import { applicantFacts, rankNames } from '@signoff/org';
import type { FormModel } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrorsOf } from '../../api/app-error';
import { sampleData } from '../../form-designer/page/sample-data';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { ApplicantPicker } from './ApplicantPicker';
import { applicantOf, defaultChoice, type ApplicantChoice } from './applicant-choice';
import { litPathOf, type LitPath } from './lit-path';
import { SampleDataForm } from './SampleDataForm';
import { SaveCaseButton } from './SaveCaseButton';
import { SimulationCasesSection } from './SimulationCasesSection';
import { SimulationSteps } from './SimulationSteps';
import {
  HYPOTHETICAL_APPLICANT_ID,
  orgSnapshotOf,
  withApplicant,
  type SimulationOrg,
} from './simulation-org';
import { useSimulation } from './use-simulation';
import { useSimulationCases } from './use-simulation-cases';
import './simulation.i18n';

export interface SimulationPanelProps {
  templateId: string;
  /** the draft route as drawn now */
  flow: FlowDefinition;
  model: FormModel;
  /** tRPC org.view; undefined while it loads */
  org: SimulationOrg | undefined;
  /** the path to light on the canvas; null when there is none (no applicant, a broken route, the panel closed) */
  onPath: (lit: LitPath | null) => void;
  /** what the officer chose and typed, kept by the page so another tab opened and closed loses nothing */
  memory?: SimulationMemory;
  onMemory?: (memory: SimulationMemory) => void;
}

export interface SimulationMemory {
  picked: ApplicantChoice | null;
  typed: Record<string, unknown> | null;
}

/**
 * The route simulator: an applicant from the org (or a hypothetical one), sample data in the real
 * form, and the steps the request would take with who approves and why — the engine's own
 * `simulateRoute`, run in the browser on the draft. The lit path goes to the canvas; a run can be
 * kept as a test case of the template, and all cases are re-run against the draft here.
 */
export function SimulationPanel({
  templateId,
  flow,
  model,
  org,
  onPath,
  memory,
  onMemory,
}: SimulationPanelProps) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const hypotheticalName = t('routeSimulation.applicant.hypotheticalName');

  const snapshot = useMemo(() => (org ? orgSnapshotOf(org) : undefined), [org]);
  const [picked, setPicked] = useState<ApplicantChoice | null>(memory?.picked ?? null);
  const remembered = useRef<SimulationMemory>(memory ?? { picked: null, typed: null });
  const pickApplicant = (next: ApplicantChoice | null) => {
    setPicked(next);
    remembered.current = { ...remembered.current, picked: next };
    onMemory?.(remembered.current);
  };
  const keepTyped = (typed: Record<string, unknown>) => {
    remembered.current = { ...remembered.current, typed };
    onMemory?.(remembered.current);
  };
  const fallbackChoice = useMemo(() => (org ? defaultChoice(org) : null), [org]);
  const choice = picked ?? fallbackChoice;
  const applicant = useMemo(() => (choice ? applicantOf(choice) : null), [choice]);
  const [form, setForm] = useState<Record<string, unknown>>(() => sampleData(model));

  // visibility rules that read the applicant show the fields this applicant would see
  const placed = useMemo(
    () => (snapshot && applicant ? withApplicant(snapshot, applicant, hypotheticalName) : null),
    [snapshot, applicant, hypotheticalName],
  );
  const facts = useMemo(
    () => (placed ? applicantFacts(placed.org, placed.applicantId) : undefined),
    [placed],
  );
  const ranks = useMemo(() => (snapshot ? rankNames(snapshot) : undefined), [snapshot]);

  const run = useSimulation({
    flow,
    templateKey: model.key,
    org: snapshot,
    applicant,
    form,
    hypotheticalName,
  });
  const cases = useSimulationCases({ templateId, flow, model, org });

  const latestOnPath = useRef(onPath);
  useLayoutEffect(() => {
    latestOnPath.current = onPath;
  });
  const lit = run?.state === 'ran' && run.outcome.ok ? run.outcome.path : null;
  // a re-run that lights the same path (most keystrokes) does not make the canvas redraw
  const sent = useRef<string | undefined>(undefined);
  useEffect(() => {
    const next = lit ? litPathOf(lit) : null;
    const key = JSON.stringify(next);
    if (key === sent.current) return;
    sent.current = key;
    latestOnPath.current(next);
  }, [lit]);
  // a closed panel leaves nothing lit on the canvas
  useEffect(
    () => () => {
      latestOnPath.current(null);
    },
    [],
  );

  const userName = useMemo(() => {
    const names = new Map(snapshot?.users.map((u) => [u.id, u.name]));
    return (id: string) => (id === HYPOTHETICAL_APPLICANT_ID ? hypotheticalName : (names.get(id) ?? id));
  }, [snapshot, hypotheticalName]);

  const save = async (name: string): Promise<string | null> => {
    if (run?.state !== 'ran' || !run.outcome.ok) return t('routeSimulation.save.nothingToSave');
    const expected = run.outcome.path.steps.map((s) => ({ nodeId: s.nodeId, userIds: s.userIds }));
    try {
      await cases.save.mutateAsync({
        templateId,
        name,
        applicant: run.applicant,
        formData: run.form,
        expected,
      });
    } catch (e) {
      const details = fieldErrorsOf(e).map((f) => f.message[lang]);
      return t('routeSimulation.save.failed', {
        error: [errorText(e, lang), ...details].join(lang === 'zh' ? '；' : '; '),
      });
    }
    // the app's toast, not antd's App.useApp(): the designer page has no antd <App> around it, and
    // a saved case must never read as "not saved" because a message could not be shown
    toast('success', t('routeSimulation.save.saved', { name: name.trim() }));
    return null;
  };
  const remove = (caseId: string) =>
    cases.remove.mutate(
      { templateId, caseId },
      {
        onError: (e) =>
          toast('error', t('routeSimulation.cases.deleteFailed', { error: errorText(e, lang) })),
      },
    );

  return (
    <div className="route-sim-panel" data-testid="simulation-panel">
      <Typography.Title level={5}>{t('routeSimulation.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('routeSimulation.intro')}</Typography.Paragraph>
      {!org || !choice ? (
        <Alert type="info" showIcon title={t('routeSimulation.applicant.orgLoading')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <div>
            <Typography.Text strong>{t('routeSimulation.applicant.label')}</Typography.Text>
            <ApplicantPicker org={org} value={choice} onChange={pickApplicant} />
          </div>
          <div>
            <Typography.Text strong>{t('routeSimulation.sample.title')}</Typography.Text>
            <SampleDataForm
              model={model}
              applicant={facts}
              ranks={ranks}
              onValues={setForm}
              remembered={remembered.current.typed}
              onTyped={keepTyped}
            />
          </div>
          <div data-testid="simulation-result">
            <Space style={{ width: '100%', justifyContent: 'space-between' }}>
              <Typography.Text strong>{t('routeSimulation.result.title')}</Typography.Text>
              <SaveCaseButton disabled={!lit} onSave={save} />
            </Space>
            {run === null ? (
              <Typography.Text type="secondary">{t('routeSimulation.result.running')}</Typography.Text>
            ) : null}
            {run?.state === 'noApplicant' ? (
              <Alert type="info" showIcon title={t('routeSimulation.result.chooseApplicant')} />
            ) : null}
            {run?.state === 'applicantGone' ? (
              <Alert type="warning" showIcon title={t('routeSimulation.result.applicantGone')} />
            ) : null}
            {run?.state === 'ran' && !run.outcome.ok ? (
              <Alert
                type="error"
                showIcon
                data-testid="simulation-error"
                title={t('routeSimulation.result.cannotWalk', { message: pick(run.outcome.error) })}
              />
            ) : null}
            {lit ? <SimulationSteps steps={lit.steps} userName={userName} /> : null}
          </div>
        </Space>
      )}
      <Divider />
      <SimulationCasesSection
        cases={cases.cases}
        results={cases.results}
        error={cases.error}
        onRerun={cases.rerun}
        onDelete={remove}
      />
    </div>
  );
}
