import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { Box } from './inbox-params';
import type { InboxRow } from './inbox-row';

/** Where the request is now (not the step the caller handled): the 当前环节 of every box. */
export function CurrentStepText({ row, box }: { row: Pick<InboxRow, 'status' | 'myStep' | 'currentSteps'>; box: Box }) {
  const { t } = useTranslation();
  const { pick, lang } = useLang();
  // the caller's own open task is where a to-do request waits
  if (box === 'todo' && row.myStep) return <>{pick(row.myStep)}</>;
  if (row.status !== 'running') return <>{t('desk.step.finished')}</>;
  // running with no open task: returned to the applicant, who resubmits or withdraws
  if (row.currentSteps.length === 0) return <>{t('desk.step.applicant')}</>;
  return <>{[...new Set(row.currentSteps.map((s) => pick(s)))].join(lang === 'zh' ? '、' : ', ')}</>;
}
