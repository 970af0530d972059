import { pinyin } from 'pinyin-pro';

/**
 * How a name can be typed: one entry per syllable (a Chinese character, or a Latin word), each
 * with its readings, the usual one first. Polyphonic characters keep every reading, so 乐 is found
 * as "le" and as "yue"; ü is written v, as on a phone keyboard (吕 → lv).
 */
export interface NameKeys {
  syllables: string[][];
  /** the first letter of each syllable's usual reading: 张三 → "zs" */
  initials: string;
  /** the usual readings run together: what names sort by (张三 → "zhangsan") */
  sortKey: string;
}

/** Toneless, ü as v: "lǚ" → "lv", "zhāng" → "zhang". */
function plain(reading: string): string {
  return reading
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function computeKeys(name: string): NameKeys {
  const syllables: string[][] = [];
  // surname mode at the head: 单 reads shan and 曾 zeng as family names
  for (const part of pinyin(name, { toneType: 'none', type: 'all', mode: 'surname', surname: 'head', v: true, nonZh: 'consecutive' })) {
    if (part.isZh) {
      const readings = [...new Set([part.pinyin, ...part.polyphonic].map(plain).filter(Boolean))];
      if (readings.length > 0) syllables.push(readings);
    } else {
      for (const word of part.origin.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word) syllables.push([word]);
    }
  }
  return { syllables, initials: syllables.map((s) => s[0]?.[0] ?? '').join(''), sortKey: syllables.map((s) => s[0] ?? '').join('') };
}

/*
 * Measured (directory-search.bench.ts, 1200 people): pinyin-pro needs about 14 ms for 1200 names
 * once warm, the matching and ranking about 1 ms, a whole directory.search about 7 ms on
 * PostgreSQL and 27 ms on PGlite. A name's keys depend on the name alone, so they are remembered
 * by name: no org change can make them stale (there is no org version to key a per-tenant cache
 * on), and a search costs one narrow query plus string matching. Bounded, oldest out first.
 */
const MEMO_LIMIT = 50_000;
const memo = new Map<string, NameKeys>();

export function nameKeys(name: string): NameKeys {
  const hit = memo.get(name);
  if (hit) return hit;
  const keys = computeKeys(name);
  if (memo.size >= MEMO_LIMIT) {
    const oldest = memo.keys().next();
    if (!oldest.done) memo.delete(oldest.value);
  }
  memo.set(name, keys);
  return keys;
}
