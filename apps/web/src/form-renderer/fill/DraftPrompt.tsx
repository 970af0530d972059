import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../format/format-time';
import type { DraftOffer } from '../drafts/pick-draft';
import { Heading, Text } from '../../layout/Text';

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
    <section
      className="signoff-form-panel signoff-draft-prompt"
      data-testid="draft-prompt"
      aria-label={t('renderer.draft.found')}
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Heading level={5}>{t('renderer.draft.found')}</Heading>
        <Text tone="secondary">{t('renderer.draft.savedAt', { time: formatTime(offer.savedAt) })}</Text>
        {offer.otherVersion && <Text tone="warning">{t('renderer.draft.otherVersion')}</Text>}
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
