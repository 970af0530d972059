import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Alert } from 'antd';
import { compileForm, validateModel, type ApplicantFacts, type FormModel } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { createFormStore, FormRenderer } from '../../form-renderer';
import { sampleData } from '../../form-designer/page/sample-data';
import { useLang } from '../../i18n/use-lang';

/**
 * The form filled with the real renderer, starting from the designer preview's sample answers;
 * reports what a submit would send (hidden fields left out, computed ones in) on every change.
 * A new applicant or form keeps what was typed so far, and so does the panel opened again
 * (`remembered`, the answers `onTyped` last reported).
 */
export function SampleDataForm({
  model,
  applicant,
  ranks,
  onValues,
  remembered = null,
  onTyped,
}: {
  model: FormModel;
  applicant: ApplicantFacts | undefined;
  ranks: string[] | undefined;
  onValues: (values: Record<string, unknown>) => void;
  remembered?: Record<string, unknown> | null;
  onTyped?: (typed: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const typed = useRef<Record<string, unknown> | null>(remembered);
  const problems = useMemo(() => validateModel(model), [model]);
  const store = useMemo(() => {
    if (problems.length > 0) return null;
    const { schema, uiSchema } = compileForm(model);
    return createFormStore({
      model,
      schema,
      uiSchema,
      initial: { ...sampleData(model), ...(typed.current ?? {}) },
      ...(applicant ? { applicant } : {}),
      ...(ranks ? { ranks } : {}),
    });
  }, [model, problems, applicant, ranks]);

  const report = useRef(onValues);
  const reportTyped = useRef(onTyped);
  useLayoutEffect(() => {
    report.current = onValues;
    reportTyped.current = onTyped;
  });
  useEffect(() => {
    if (!store) return;
    report.current(store.values());
    return store.onAnyChange(() => {
      typed.current = store.data();
      reportTyped.current?.(typed.current);
      report.current(store.values());
    });
  }, [store]);

  if (!store) {
    const list = problems
      .slice(0, 3)
      .map((p) => pick(p.message))
      .join('；');
    return <Alert type="warning" showIcon title={t('routeSimulation.sample.invalid', { problems: list })} />;
  }
  return (
    <div data-testid="simulation-sample-form">
      {/* the side panel is 360 px wide: the desktop grid of 24 tracks would run past its edge */}
      <FormRenderer store={store} oneColumn />
    </div>
  );
}
