import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApproveMode } from './route-types';

const MODES: readonly ApproveMode[] = ['single', 'all', 'any', 'sequential'];

/** How several approvers of one step sign: 单人 / 会签 / 或签 / 依次, with what the chosen one means. */
export function ApproveModeSetting({
  mode,
  onChange,
}: {
  mode: ApproveMode;
  onChange: (m: ApproveMode) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="rs-section">
      <h4>{t('routeSettings.mode.title')}</h4>
      <Radio.Group
        optionType="button"
        size="small"
        aria-label={t('routeSettings.mode.title')}
        value={mode}
        onChange={(e) => onChange(e.target.value as ApproveMode)}
        options={MODES.map((m) => ({ value: m, label: t(`routeSettings.mode.${m}`) }))}
      />
      <p className="rs-hint" data-testid="mode-help">
        {t(`routeSettings.mode.help.${mode}`)}
      </p>
    </section>
  );
}
