import { memo } from 'react';
import type { InsertableNodeType } from '@signoff/designer';
import { useTranslation } from 'react-i18next';
import { INSERTABLE, PALETTE_MIME } from './route-canvas-context';

/**
 * The five kinds of node: dragged onto an edge (HTML5 drag; the canvas finds the edge under the
 * pointer) or clicked to insert on the selected edge.
 */
export const RoutePalette = memo(function RoutePalette({
  onPick,
  disabled,
}: {
  onPick: (kind: InsertableNodeType) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="rd-palette" role="group" aria-label={t('routeDesigner.canvas.palette')}>
      <span className="rd-palette-title" title={t('routeDesigner.canvas.paletteHelp')}>
        {t('routeDesigner.canvas.palette')}
      </span>
      {INSERTABLE.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`rd-palette-item rd-kind-${kind}`}
          draggable={!disabled}
          disabled={disabled}
          title={t('routeDesigner.canvas.paletteHelp')}
          onDragStart={(e) => {
            e.dataTransfer.setData(PALETTE_MIME, kind);
            e.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => onPick(kind)}
          data-testid={`route-palette-${kind}`}
        >
          <span className="rd-kind-dot" aria-hidden />
          {t(`routeDesigner.kinds.${kind}`)}
        </button>
      ))}
    </div>
  );
});
