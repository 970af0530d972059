import { describe, expect, it } from 'vitest';
import { deskStrings } from './desk.i18n';

// the desk's own sources and the shell's, read as text
const SOURCES = import.meta.glob<string>(['./**/*.tsx', './**/*.ts', '../layout/**/*.tsx', '../pages/{MyRequests,NotFound,ChangePassword}Page.tsx', '../requests/*.tsx', '!./**/*.test.*'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

type Tree = { [k: string]: string | Tree };

function has(tree: Tree, path: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** A key with `count` may live as `key_one` / `key_other` (i18next plurals). */
const resolves = (tree: Tree, key: string) => has(tree, key) || (has(tree, `${key}_one`) && has(tree, `${key}_other`));

describe('desk strings', () => {
  const used = new Set<string>();
  for (const text of Object.values(SOURCES)) for (const m of text.matchAll(/['"`]desk\.([a-zA-Z.]+[a-zA-Z])['"`]/g)) used.add(m[1] ?? '');

  it('finds the keys the desk uses', () => {
    expect(used.size).toBeGreaterThan(100);
  });

  it.each(['zh', 'en'] as const)('has every key the desk uses in %s, so no raw key ever shows', (lang) => {
    const missing = [...used].filter((k) => !resolves(deskStrings[lang] as unknown as Tree, k));
    expect(missing).toEqual([]);
  });

  it('has a label for every box, status and task status it builds keys for', () => {
    for (const lang of ['zh', 'en'] as const) {
      const s = deskStrings[lang] as unknown as Tree;
      for (const box of ['todo', 'done', 'started', 'cc']) expect(has(s, `box.${box}`)).toBe(true);
      for (const st of ['running', 'approved', 'rejected', 'withdrawn', 'cancelled']) expect(has(s, `status.${st}`)).toBe(true);
      for (const st of ['pending', 'approved', 'rejected', 'done', 'unread', 'read', 'returned', 'transferred', 'cancelled']) expect(has(s, `taskStatus.${st}`)).toBe(true);
    }
  });
});
