import { Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang';
import type { RouteStep, RouteStepStatus } from './request-detail';

const STEP_STATUS: Record<RouteStepStatus, 'finish' | 'process' | 'wait'> = { done: 'finish', current: 'process', pending: 'wait', skipped: 'wait' };

/**
 * The route at a glance — the steps taken and those still ahead, the current one highlighted —
 * drawn with antd Steps so no graph library reaches this page. Vertical on phones, where a
 * long route would not fit across.
 */
export function RouteView({ route, vertical }: { route: readonly RouteStep[]; vertical: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const current = route.findIndex((s) => s.status === 'current');
  return (
    <Steps
      className="signoff-route"
      size="small"
      orientation={vertical ? 'vertical' : 'horizontal'}
      titlePlacement={vertical ? 'horizontal' : 'vertical'}
      current={current < 0 ? route.length : current}
      items={route.map((s) => ({
        key: s.nodeId,
        status: STEP_STATUS[s.status],
        className: `signoff-route-step signoff-route-${s.status}`,
        title: (
          <span data-testid={`route-step-${s.status}`} aria-current={s.status === 'current' ? 'step' : undefined}>
            {pick(s.name)}
          </span>
        ),
        content: (
          <Typography.Text type="secondary" className="signoff-route-people">
            {s.assignees.length > 0 ? s.assignees.map((a) => a.name).join('、') : s.kind === 'end' || s.kind === 'start' ? '' : t('request.route.nobody')}
            {s.status === 'skipped' || s.status === 'current' ? ` · ${t(`request.route.status.${s.status}`)}` : ''}
          </Typography.Text>
        ),
      }))}
    />
  );
}
