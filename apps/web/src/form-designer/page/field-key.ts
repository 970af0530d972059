import { pinyin } from 'pinyin-pro';
import type { KeyFromLabel } from '@signoff/designer';

/** Lowercase letters and digits of a text; the core makes the rest of a valid key (leading letter, length, uniqueness). */
const keyPart = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A field key from its Chinese label as pinyin without tones: 请假天数 → `qingjiatianshu`, so an
 * information officer reads the key in formulas and exports. Letters and digits in the label stay;
 * a label with nothing usable in Chinese falls back to the English one, then to the core's `field_<n>`.
 */
export const keyFromLabel: KeyFromLabel = (label) => {
  const fromZh = keyPart(
    pinyin(label.zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(''),
  );
  return fromZh || keyPart(label.en);
};

/**
 * Whether a key is still the one made from the label (`qingjiatianshu`, `qingjiatianshu_2`, or the
 * core's `field_<n>`): then renaming the label renames the key too, as long as nobody typed a key.
 */
export function isGeneratedKey(
  key: string,
  label: { zh: string; en: string },
  type: Parameters<KeyFromLabel>[1],
): boolean {
  if (/^field_\d+$/.test(key)) return true;
  const proposal = keyFromLabel(label, type);
  return proposal !== '' && (key === proposal || new RegExp(`^f?${proposal}(_\\d+)?$`).test(key));
}
