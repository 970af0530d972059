import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../format/format-time';
import type { DraftStatus } from '../drafts/use-draft-sync';
import { Text } from '../../layout/Text';

/** A quiet line under the title: where the draft is, and what to do when the session expired. */
export function DraftStatusText({ status, onRelogin }: { status: DraftStatus; onRelogin: () => void }) {
  const { t } = useTranslation();
  switch (status.kind) {
    case 'idle':
      return null;
    case 'saving':
      return <Text tone="secondary">{t('renderer.draft.saving')}</Text>;
    case 'saved':
      return (
        <Text tone="secondary" data-testid="draft-saved">
          {t('renderer.draft.saved', { time: formatTime(status.at).slice(11) || formatTime(status.at) })}
        </Text>
      );
    case 'local':
      return <Text tone="warning">{t('renderer.draft.savedLocally')}</Text>;
    case 'expired':
      return (
        <span role="alert" data-testid="session-expired">
          <Text tone="warning">{t('renderer.draft.sessionExpired')}</Text>{' '}
          <Button size="small" type="primary" onClick={onRelogin}>
            {t('renderer.draft.relogin')}
          </Button>
        </span>
      );
  }
}
