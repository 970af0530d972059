import { FIELD_PALETTE, FIELD_TYPE_NAMES, type PaletteGroup } from '@signoff/designer';
import type { FieldType } from '@signoff/schema';
import { pinyin } from 'pinyin-pro';

/** What a palette entry can be found by: its names in both languages, its type, its pinyin and initials. */
function searchText(type: FieldType): string {
  const name = FIELD_TYPE_NAMES[type];
  const spelled = pinyin(name.zh, { toneType: 'none', type: 'array' });
  return [name.zh, name.en, type, spelled.join(''), spelled.map((s) => s[0] ?? '').join('')]
    .join(' ')
    .toLowerCase();
}

const INDEX: ReadonlyMap<FieldType, string> = new Map(
  FIELD_PALETTE.flatMap((g) => g.types.map((t) => [t, searchText(t)] as const)),
);

/**
 * The palette's groups with only the types that match the query (every word must appear), groups
 * left empty dropped. `金额`, `money`, `jine` and `je` all find the money field.
 */
export function searchPalette(
  query: string,
  palette: readonly PaletteGroup[] = FIELD_PALETTE,
): PaletteGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...palette];
  return palette
    .map((g) => ({
      ...g,
      types: g.types.filter((t) => {
        const text = INDEX.get(t) ?? searchText(t);
        return words.every((w) => text.includes(w));
      }),
    }))
    .filter((g) => g.types.length > 0);
}
