import { memo, useMemo, useState } from 'react';
import { Input } from 'antd';
import { SortableContext, useSortable } from '@dnd-kit/sortable';
import { FIELD_TYPE_NAMES } from '@signoff/designer';
import type { FieldType } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from './designer-state';
import { paletteId } from './drop-target';
import { searchPalette } from './palette-search';

type Send = (action: DesignerAction) => void;

/**
 * One palette entry: a click (or Enter) appends the field, as DingTalk does; space or a drag picks
 * it up. Sortable rather than merely draggable so dnd-kit's keyboard coordinates can move it; it is
 * never a drop target and never moves itself (the drag overlay follows the pointer instead).
 */
const PaletteItem = memo(function PaletteItem({ type, send }: { type: FieldType; send: Send }) {
  const { pick } = useLang();
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useSortable({
    id: paletteId(type),
    disabled: { droppable: true },
  });
  const name = pick(FIELD_TYPE_NAMES[type]);
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`fd-palette-item${isDragging ? ' fd-dragging' : ''}`}
      data-testid={`palette-${type}`}
      aria-label={t('designerPage.palette.add', { name })}
      {...attributes}
      {...listeners}
      onClick={() => send({ type: 'command', command: { type: 'addField', fieldType: type } })}
    >
      {name}
    </button>
  );
});

export function Palette({ send }: { send: Send }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => searchPalette(query), [query]);
  const ids = useMemo(() => groups.flatMap((g) => g.types.map(paletteId)), [groups]);
  return (
    <nav className="fd-palette" aria-label={t('designerPage.palette.title')}>
      <Input.Search
        allowClear
        placeholder={t('designerPage.palette.search')}
        aria-label={t('designerPage.palette.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="palette-search"
      />
      <SortableContext items={ids}>
        {groups.map((g) => (
          <section key={g.id} className="fd-palette-group" aria-label={pick(g.name)}>
            <h3>{pick(g.name)}</h3>
            <div className="fd-palette-items">
              {g.types.map((type) => (
                <PaletteItem key={type} type={type} send={send} />
              ))}
            </div>
          </section>
        ))}
      </SortableContext>
      {groups.length === 0 && <p className="fd-muted">{t('designerPage.palette.empty')}</p>}
    </nav>
  );
}
