import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../format/format-time';
import type { DraftStatus } from '../drafts/use-draft-sync';

/** A quiet line under the title: where the draft is, and what to do when the session expired. */
export function DraftStatusText({ status, onRelogin }: { status: DraftStatus; onRelogin: () => void }) {
  const { t } = useTranslation();
  switch (status.kind) {
    case 'idle':
      return null;
    case 'saving':
      return <Typography.Text type="secondary">{t('renderer.draft.saving')}</Typography.Text>;
    case 'saved':
      return (
        <Typography.Text type="secondary" data-testid="draft-saved">
          {t('renderer.draft.saved', { time: formatTime(status.at).slice(11) || formatTime(status.at) })}
        </Typography.Text>
      );
    case 'local':
      return <Typography.Text type="warning">{t('renderer.draft.savedLocally')}</Typography.Text>;
    case 'expired':
      return (
        <span role="alert" data-testid="session-expired">
          <Typography.Text type="warning">{t('renderer.draft.sessionExpired')}</Typography.Text>{' '}
          <Button size="small" type="primary" onClick={onRelogin}>
            {t('renderer.draft.relogin')}
          </Button>
        </span>
      );
  }
}
