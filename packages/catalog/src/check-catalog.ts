import type { Localized } from '@signoff/schema';
import type { CatalogProblem } from './catalog-problem.js';
import { checkTemplateFile } from './check-template-file.js';
import { shapeChecker } from './schema-problems.js';
import { CATALOG_MANIFEST_SCHEMA } from './template-file-schema.js';
import type { Catalog, CatalogManifest, CatalogSource, TemplateFile } from './template-file.js';

const checkManifestShape = shapeChecker(CATALOG_MANIFEST_SCHEMA);

export type CatalogCheck = { ok: true; catalog: Catalog } | { ok: false; problems: CatalogProblem[] };

/**
 * Checks a whole catalog before anything is imported: the manifest, that it lists exactly the
 * files present, that each file is named `NN-<key>.json` after its key with keys unique, and
 * every template file in depth. All problems are collected, so a broken catalog is fixed in one go.
 */
export function checkCatalog(source: CatalogSource): CatalogCheck {
  const problems: CatalogProblem[] = [];
  const manifestFile = `${source.location}/catalog.json`;
  const add = (file: string, path: string, message: Localized) => problems.push({ file, path, message });

  for (const p of checkManifestShape(source.manifest)) add(manifestFile, p.path, p.message);
  const manifest = problems.length === 0 ? (source.manifest as CatalogManifest) : undefined;
  const listed = manifest?.flows ?? [];

  const byName = new Map(source.files.map((f) => [f.name, f]));
  listed.forEach((name, i) => {
    if (!byName.has(name))
      add(manifestFile, `flows[${i}]`, {
        zh: `找不到模板文件「${name}」`,
        en: `The template file "${name}" is missing`,
      });
  });
  for (const f of source.files) {
    if (manifest && !listed.includes(f.name)) {
      add(`${source.location}/${f.name}`, '', {
        zh: '该文件未在 catalog.json 的 flows 中列出',
        en: 'The file is not listed in the flows of catalog.json',
      });
    }
  }

  const keys = new Map<string, string>();
  const templates: Catalog['templates'] = [];
  for (const name of listed) {
    const f = byName.get(name);
    if (!f) continue;
    const file = `${source.location}/${name}`;
    const own = checkTemplateFile(f.data, file);
    problems.push(...own);
    if (own.length > 0) continue;
    const t = f.data as TemplateFile;
    const expected = name.replace(/^\d{2}-/, '').replace(/\.json$/, '');
    if (expected !== t.key)
      add(file, 'key', {
        zh: `文件名应为「NN-${t.key}.json」`,
        en: `The file should be named "NN-${t.key}.json"`,
      });
    const twin = keys.get(t.key);
    if (twin)
      add(file, 'key', {
        zh: `模板标识「${t.key}」与「${twin}」重复`,
        en: `The template key "${t.key}" is also used by "${twin}"`,
      });
    keys.set(t.key, name);
    templates.push({ name, file: t });
  }
  if (problems.length > 0 || !manifest) return { ok: false, problems };
  return { ok: true, catalog: { location: source.location, manifest, templates } };
}
