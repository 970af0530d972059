import { useEffect, useRef } from 'react';
import type { InsertableNodeType } from '@signoff/designer';
import { useTranslation } from 'react-i18next';
import { INSERTABLE } from './route-canvas-context';

/**
 * The "+" button's menu: the five kinds of node. A plain list with the ARIA menu pattern rather than
 * an antd Dropdown: one edge in five hundred opens it, and it must not cost the others anything.
 */
export function InsertMenu({
  onPick,
  onClose,
}: {
  onPick: (kind: InsertableNodeType) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const away = (e: PointerEvent) => {
      // the "+" that opened the menu toggles it itself
      if (!list.current?.parentElement?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [onClose]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    const items = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
  };
  return (
    <div
      className="rd-menu nodrag nopan nowheel"
      role="menu"
      aria-label={t('routeDesigner.canvas.addMenu')}
      ref={list}
      onKeyDown={onKeyDown}
    >
      {INSERTABLE.map((kind) => (
        <button
          key={kind}
          type="button"
          role="menuitem"
          className={`rd-menu-item rd-kind-${kind}`}
          onClick={(e) => {
            e.stopPropagation();
            onPick(kind);
          }}
        >
          <span className="rd-kind-dot" aria-hidden />
          {t(`routeDesigner.kinds.${kind}`)}
        </button>
      ))}
    </div>
  );
}
