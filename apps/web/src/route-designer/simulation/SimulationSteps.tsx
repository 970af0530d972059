import { Empty, Tag, Typography } from 'antd';
import type { SimulatedStep } from '@signoff/flow';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';

/**
 * Each step the request would reach: its name, kind and mode, the people by name and the
 * resolver's reason; a passed-over step greyed with why, a step handed to the admins flagged.
 */
export function SimulationSteps({
  steps,
  userName,
}: {
  steps: readonly SimulatedStep[];
  userName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  if (steps.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('routeSimulation.result.noSteps')} />;
  return (
    <ol
      className="route-sim-steps"
      data-testid="simulation-steps"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {steps.map((s, i) => {
        const people = s.userIds.map(userName).join(lang === 'zh' ? '、' : ', ');
        return (
          <li
            key={s.nodeId}
            data-node-id={s.nodeId}
            data-skipped={s.skipped ? 'true' : undefined}
            style={{
              padding: '8px 0',
              borderBottom: '1px solid rgba(0,0,0,0.06)',
              opacity: s.skipped ? 0.55 : 1,
            }}
          >
            <div>
              <Typography.Text type="secondary">
                {t('routeSimulation.result.step', { n: i + 1 })}{' '}
              </Typography.Text>
              <Typography.Text strong delete={s.skipped}>
                {pick(s.name)}
              </Typography.Text>{' '}
              <Tag>{t(`routeSimulation.kind.${s.kind}`)}</Tag>
              {s.mode && s.kind === 'approve' ? <Tag>{t(`routeSimulation.mode.${s.mode}`)}</Tag> : null}
              {s.branches ? <Tag color="purple">{t('routeSimulation.result.parallel')}</Tag> : null}
              {s.skipped ? <Tag>{t('routeSimulation.result.skipped')}</Tag> : null}
              {s.fallback ? (
                <Tag color="orange" data-testid="simulation-fallback">
                  {t('routeSimulation.result.fallback')}
                </Tag>
              ) : null}
            </div>
            <div data-testid="simulation-step-people">
              {s.skipped ? t('routeSimulation.result.nobody') : people}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {pick(s.reason)}
            </Typography.Text>
          </li>
        );
      })}
    </ol>
  );
}
