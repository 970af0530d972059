import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useLang } from '../../i18n/use-lang';
import type { SaveState } from './use-autosave';

const hhmm = (d: Date) =>
  `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** "保存中… / 已保存 14:05 / 保存失败", read out politely when it changes. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  let text: string;
  switch (state.kind) {
    case 'saving':
      text = t('designerPage.save.saving');
      break;
    case 'saved':
      text = state.at ? t('designerPage.save.saved', { time: hhmm(state.at) }) : '';
      break;
    case 'failed':
      text = t('designerPage.save.failed', { error: errorText(state.error, lang) });
      break;
    default:
      text = t('designerPage.save.unsaved');
  }
  return (
    <span
      className={`fd-save fd-save-${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid="designer-save"
    >
      {text}
      {state.kind === 'failed' && (
        <Button size="small" type="link" onClick={onRetry}>
          {t('designerPage.save.retry')}
        </Button>
      )}
    </span>
  );
}
