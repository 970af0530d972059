import { describe, expect, it } from 'vitest';
import { designerStrings } from './designer.i18n';

// the condition builder's and formula editor's sources, read as text
const SOURCES = import.meta.glob<string>(
  ['./condition-builder/*.{ts,tsx}', './formula-editor/*.{ts,tsx}', '!./**/*.test.*'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

type Tree = { [k: string]: string | Tree };

function get(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function paths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : paths(v, `${prefix}${k}.`),
  );
}

describe('designer strings', () => {
  const used = new Set<string>();
  for (const text of Object.values(SOURCES))
    for (const m of text.matchAll(/['"`]designer\.([a-zA-Z.]+[a-zA-Z])['"`]/g)) used.add(m[1] ?? '');

  it('has every key the components use, in both languages', () => {
    expect(used.size).toBeGreaterThan(20);
    for (const lang of ['zh', 'en'] as const) {
      expect([...used].filter((k) => !get(designerStrings[lang] as unknown as Tree, k)?.trim())).toEqual([]);
    }
  });

  it('has the same placeholders in Chinese and English', () => {
    const zh = designerStrings.zh as unknown as Tree;
    const en = designerStrings.en as unknown as Tree;
    const holes = (s: string | undefined) =>
      [...(s ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const p of paths(zh)) expect(holes(get(en, p)), p).toEqual(holes(get(zh, p)));
  });
});
