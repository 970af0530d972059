import { useMemo, useState } from 'react';
import { Button, Empty, Modal } from 'antd';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { Flow } from '../canvas/route-canvas-types';
import { canvasWords } from '../canvas/route-canvas-words';
import type { RouteOrg } from '../settings';
import { diffPicture, diffRoutes } from './route-diff';
import { diffInWords } from './route-diff-words';
import { RouteDiffCanvas, type RouteDiffCanvasProps } from './RouteDiffCanvas';

/** One side of a comparison: a published version or the draft, with what to call it. */
export interface ComparedRoute {
  label: string;
  flow: Flow;
}

export interface RouteDiffDialogProps {
  older: ComparedRoute;
  newer: ComparedRoute;
  fields: readonly FormField[];
  org: RouteOrg | undefined;
  onClose: () => void;
}

/** Two routes compared: the newer one drawn with the differences marked, and the changes in words beside it. */
export function RouteDiffDialog({ older, newer, fields, org, onClose }: RouteDiffDialogProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const diff = useMemo(() => diffRoutes(older.flow, newer.flow), [older.flow, newer.flow]);
  const picture = useMemo(() => diffPicture(older.flow, newer.flow, diff), [older.flow, newer.flow, diff]);
  const lines = useMemo(
    () => diffInWords(diff, older.flow, newer.flow, t, canvasWords(t, lang, fields, org)),
    [diff, older.flow, newer.flow, t, lang, fields, org],
  );
  const [focus, setFocus] = useState<RouteDiffCanvasProps['focus']>(null);
  return (
    <Modal
      open
      onCancel={onClose}
      title={t('routeDesigner.versions.compareTitle', { older: older.label, newer: newer.label })}
      width="min(1200px, 94vw)"
      footer={<Button onClick={onClose}>{t('routeDesigner.versions.close')}</Button>}
      destroyOnHidden
    >
      <div className="rd-diff-legend" aria-hidden>
        {(['added', 'changed', 'removed'] as const).map((s) => (
          <span key={s}>
            <span className={`rd-diff-swatch rd-diff-swatch-${s}`} />
            {t(
              `routeDesigner.versions.legend${s === 'added' ? 'Added' : s === 'changed' ? 'Changed' : 'Removed'}`,
            )}
          </span>
        ))}
        <span data-testid="route-diff-count">
          {t('routeDesigner.versions.changes', { count: lines.length })}
        </span>
      </div>
      <div className="rd-diff-body">
        <RouteDiffCanvas picture={picture} fields={fields} org={org} focus={focus} />
        {lines.length === 0 ? (
          <Empty description={t('routeDesigner.versions.same')} />
        ) : (
          <ul className="rd-diff-list" data-testid="route-diff-list">
            {lines.map((line) => (
              <li key={line.key} className={`rd-diff-line-${line.status}`} data-status={line.status}>
                <button type="button" onClick={() => setFocus({ ...line.target })}>
                  {line.text}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Modal>
  );
}
