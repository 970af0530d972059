import { memo, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Input } from 'antd';
import { FIELD_TYPE_NAMES } from '@signoff/designer';
import type { FieldType } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { useDesignerDrag } from './designer-drag';
import type { DesignerAction } from './designer-state';
import { paletteId } from './drop-target';
import { searchPalette } from './palette-search';

type Send = (action: DesignerAction) => void;

/**
 * One palette entry: a click (or Enter) appends the field, as DingTalk does; space or a drag picks
 * it up (handed to the designer's one draggable, so the entries re-render for no drag). It is never
 * a drop target and never moves itself: the drag overlay follows the pointer instead.
 */
const PaletteItem = memo(function PaletteItem({ type, send }: { type: FieldType; send: Send }) {
  const { pick } = useLang();
  const { t } = useTranslation();
  const drag = useDesignerDrag();
  const begin = (e: PointerEvent<HTMLElement> | KeyboardEvent<HTMLElement>) =>
    drag.begin(e, paletteId(type), e.currentTarget);
  const name = pick(FIELD_TYPE_NAMES[type]);
  return (
    <button
      type="button"
      className="fd-palette-item"
      data-testid={`palette-${type}`}
      aria-label={t('designerPage.palette.add', { name })}
      aria-roledescription={t('designerDrop.roleDescription')}
      aria-describedby={drag.describedBy}
      onPointerDown={begin}
      onKeyDown={begin}
      onClick={() => send({ type: 'command', command: { type: 'addField', fieldType: type } })}
    >
      {name}
    </button>
  );
});

/** The field types, grouped and searchable; `send` is the reducer's, so the palette redraws only for its own search. */
export const Palette = memo(function Palette({ send }: { send: Send }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => searchPalette(query), [query]);
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
      {groups.length === 0 && <p className="fd-muted">{t('designerPage.palette.empty')}</p>}
    </nav>
  );
});
