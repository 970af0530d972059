import type { FieldOption } from '@signoff/schema';
import { keyFromLabel } from './field-key';

/** The options as the bulk box shows them: one per line, `中文 | English` when the English differs. */
export function optionsText(options: readonly FieldOption[]): string {
  return options
    .map((o) => (o.label.en && o.label.en !== o.label.zh ? `${o.label.zh} | ${o.label.en}` : o.label.zh))
    .join('\n');
}

/**
 * Options from pasted lines, one per line (`中文` or `中文 | English`), blanks and repeats dropped.
 * An option whose Chinese label was there before keeps its value, so submitted data still matches;
 * a new one gets a value from its pinyin, unique among the list.
 */
export function parseOptions(text: string, previous: readonly FieldOption[]): FieldOption[] {
  const byLabel = new Map(previous.map((o) => [o.label.zh, o]));
  const taken = new Set<string>();
  const out: FieldOption[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const [zhRaw = '', ...enParts] = line.split('|');
    const zh = zhRaw.trim();
    if (zh === '' || seen.has(zh)) continue;
    seen.add(zh);
    const en = enParts.join('|').trim() || zh;
    const old = byLabel.get(zh);
    let value = old && !taken.has(old.value) ? old.value : keyFromLabel({ zh, en }, 'select') || 'option';
    if (!old || taken.has(old.value)) {
      const base = value;
      for (
        let n = 2;
        taken.has(value) ||
        (byLabel.has(zh) ? false : previous.some((p) => p.value === value && p.label.zh !== zh));
        n++
      )
        value = `${base}_${n}`;
    }
    taken.add(value);
    out.push({ value, label: { zh, en } });
  }
  return out;
}

/** The list with the entry at `from` moved to `to`, for the up and down buttons. */
export function moveOption(options: readonly FieldOption[], from: number, to: number): FieldOption[] {
  const list = [...options];
  if (to < 0 || to >= list.length) return list;
  const [item] = list.splice(from, 1);
  if (item) list.splice(to, 0, item);
  return list;
}
