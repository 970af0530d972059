import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of Vite's build manifest (dist/.vite/manifest.json). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export function readManifest(distDir: string): Manifest {
  const path = join(distDir, '.vite', 'manifest.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch (e) {
    throw new Error(
      `cannot read ${path} (build first with \`pnpm --filter @signoff/web build\`; vite.config.ts must keep build.manifest): ${String(e)}`,
    );
  }
}

/**
 * The JS files the browser loads before the given manifest keys can run: each key's own chunk and,
 * transitively, every chunk it imports statically. Dynamic imports are left out: they load later, if ever.
 */
export function staticClosure(manifest: Manifest, keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string, from: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no entry "${key}" (imported by ${from})`);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep, key);
  };
  for (const key of keys) visit(key, 'the budget');
  return files;
}

/** The manifest key of the HTML entry (index.html). */
export function htmlEntryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((k) => manifest[k]?.isEntry && k.endsWith('.html'));
  if (!key) throw new Error('the build manifest has no HTML entry');
  return key;
}
