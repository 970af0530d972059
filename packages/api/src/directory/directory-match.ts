import type { NameKeys } from './pinyin-keys.js';

/** What a picker entry can be found by. */
export interface Searchable {
  name: string;
  login?: string | undefined;
  keys: NameKeys;
}

/** The letters and digits of a query as pinyin is typed: "Zhang San" → "zhangsan", "zs" → "zs". */
export function pinyinQuery(q: string): string {
  return q.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Whether the query is typed by consuming the syllables from `start` on, each by a non-empty
 * prefix of one of its readings: "zs", "zhangsan", "zhangs" and "zsan" all type 张三. A syllable
 * may only be skipped by not reaching it, so "zn" does not find 张三. Names are a few syllables
 * long, so the backtracking stays tiny.
 */
export function typesSyllables(syllables: readonly (readonly string[])[], q: string, start = 0): boolean {
  const from = (i: number, pos: number): boolean => {
    if (pos === q.length) return true;
    const readings = syllables[i];
    if (!readings) return false;
    for (const r of readings) {
      for (let len = Math.min(r.length, q.length - pos); len >= 1; len--) {
        if (r.startsWith(q.slice(pos, pos + len)) && from(i + 1, pos + len)) return true;
      }
    }
    return false;
  };
  return q.length > 0 && from(start, 0);
}

/**
 * How well an entry answers a query, best first; null when it does not. The name typed exactly,
 * then the name's start, the login's start, pinyin from the first syllable (full or initials),
 * the name anywhere, and pinyin from a later syllable ("san" finds 张三, after the 三… names).
 */
export function matchRank(entry: Searchable, rawQuery: string): number | null {
  const q = rawQuery.trim().toLowerCase();
  if (!q) return 0;
  const name = entry.name.toLowerCase();
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (entry.login?.toLowerCase().startsWith(q)) return 2;
  const typed = pinyinQuery(q);
  // a query with Chinese characters in it is matched as text only
  const latin = !/[^ -~]/.test(q) && typed.length > 0;
  if (latin && typesSyllables(entry.keys.syllables, typed)) return 3;
  if (name.includes(q)) return 4;
  if (latin) {
    for (let start = 1; start < entry.keys.syllables.length; start++) if (typesSyllables(entry.keys.syllables, typed, start)) return 5;
  }
  return null;
}

/** The best `limit` entries for a query, ties in name order (by pinyin, as a Chinese reader expects). */
export function rankEntries<T extends Searchable & { id: string }>(entries: readonly T[], q: string, limit: number): T[] {
  const scored: { entry: T; rank: number }[] = [];
  for (const entry of entries) {
    const rank = matchRank(entry, q);
    if (rank !== null) scored.push({ entry, rank });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      compare(a.entry.keys.sortKey, b.entry.keys.sortKey) ||
      compare(a.entry.name, b.entry.name) ||
      compare(a.entry.id, b.entry.id),
  );
  return scored.slice(0, limit).map((s) => s.entry);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
