import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../format/format-time';
import type { DraftOffer } from '../drafts/pick-draft';

export interface DraftPromptProps {
  offer: DraftOffer;
  onResume: () => void;
  onDiscard: () => void;
  discarding: boolean;
}

/** Asked before the form opens, so a draft is never overwritten by a fresh start by accident. */
export function DraftPrompt({ offer, onResume, onDiscard, discarding }: DraftPromptProps) {
  const { t } = useTranslation();
  return (
    <section className="signoff-form-panel signoff-draft-prompt" data-testid="draft-prompt" aria-label={t('renderer.draft.found')}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('renderer.draft.found')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('renderer.draft.savedAt', { time: formatTime(offer.savedAt) })}</Typography.Text>
        {offer.otherVersion && <Typography.Text type="warning">{t('renderer.draft.otherVersion')}</Typography.Text>}
        <Space wrap>
          <Button type="primary" onClick={onResume} data-testid="draft-resume" autoFocus>
            {t('renderer.draft.resume')}
          </Button>
          <Button onClick={onDiscard} loading={discarding} data-testid="draft-discard">
            {t('renderer.draft.discard')}
          </Button>
        </Space>
      </Space>
    </section>
  );
}
