import { describe, expect, it } from 'vitest';
import { APPROVE_MODES } from '@signoff/flow';
import { simulationStrings } from './simulation.i18n';

// the simulator's sources, read as text
const SOURCES = import.meta.glob<string>(['./*.{ts,tsx}', '!./*.test.*'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

type Tree = { [k: string]: string | Tree };

function get(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const paths = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : paths(v, `${prefix}${k}.`),
  );

describe('simulation strings', () => {
  const used = new Set<string>();
  for (const text of Object.values(SOURCES))
    for (const m of text.matchAll(/['"`]routeSimulation\.([a-zA-Z.]+[a-zA-Z])['"`]/g)) used.add(m[1] ?? '');
  // keys built from the engine's values: every step kind and approve mode
  for (const kind of ['approve', 'handle', 'notify']) used.add(`kind.${kind}`);
  for (const mode of APPROVE_MODES) used.add(`mode.${mode}`);

  it('has every key the components use, in both languages', () => {
    expect(used.size).toBeGreaterThan(30);
    for (const lang of ['zh', 'en'] as const)
      expect([...used].filter((k) => !get(simulationStrings[lang] as unknown as Tree, k)?.trim())).toEqual(
        [],
      );
  });

  it('has the same placeholders in Chinese and English', () => {
    const holes = (s: string | undefined) =>
      [...(s ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const p of paths(simulationStrings.zh))
      expect(holes(get(simulationStrings.en as unknown as Tree, p)), p).toEqual(
        holes(get(simulationStrings.zh as unknown as Tree, p)),
      );
  });
});
