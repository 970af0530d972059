import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCatalog, type CatalogCheck } from '../check-catalog.js';
import type { CatalogProblem } from '../catalog-problem.js';
import type { CatalogSource } from '../template-file.js';

/** The repository's `templates/` folder; SIGNOFF_TEMPLATES_DIR points elsewhere (a packaged install). */
export const TEMPLATES_DIR =
  process.env.SIGNOFF_TEMPLATES_DIR ?? fileURLToPath(new URL('../../../../templates/', import.meta.url));

const REPO_ROOT = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));
const TEMPLATE_FILE = /^\d{2}-.+\.json$/;

/** How problems name a folder: relative to the repository when inside it, else as given. */
function displayPath(dir: string): string {
  const rel = relative(REPO_ROOT, dir);
  return rel.startsWith('..') || isAbsolute(rel) ? dir : rel.replaceAll('\\', '/');
}

/** A catalog code (`real-estate`) names a folder of `templates/`; anything with a slash is a path. */
export function catalogDir(codeOrDir: string, templatesDir = TEMPLATES_DIR): string {
  return /^[a-z][a-z0-9-]*$/.test(codeOrDir) ? join(templatesDir, codeOrDir) : resolve(codeOrDir);
}

/** The codes of the catalogs in `templates/`, in name order. */
export async function listCatalogCodes(templatesDir = TEMPLATES_DIR): Promise<string[]> {
  const entries = await readdir(templatesDir, { withFileTypes: true });
  const codes: string[] = [];
  for (const e of entries.filter((x) => x.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const manifest = await stat(join(templatesDir, e.name, 'catalog.json')).catch(() => null);
    if (manifest?.isFile()) codes.push(e.name);
  }
  return codes;
}

async function readJson(path: string, file: string, problems: CatalogProblem[]): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    problems.push({ file, path: '', message: { zh: '无法读取文件', en: 'The file cannot be read' } });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    problems.push({
      file,
      path: '',
      message: { zh: `不是有效的 JSON（${why}）`, en: `This is not valid JSON (${why})` },
    });
    return undefined;
  }
}

/** Reads a catalog folder: `catalog.json` and every `NN-*.json` beside it (scenarios.json and the like are not templates). */
export async function readCatalogSource(
  codeOrDir: string,
  templatesDir = TEMPLATES_DIR,
): Promise<{ source: CatalogSource; problems: CatalogProblem[] }> {
  const dir = catalogDir(codeOrDir, templatesDir);
  const location = displayPath(dir);
  const problems: CatalogProblem[] = [];
  const names = await readdir(dir).catch(() => null);
  if (!names) {
    problems.push({
      file: location,
      path: '',
      message: {
        zh: `找不到模板目录「${basename(dir)}」`,
        en: `There is no catalog folder "${basename(dir)}"`,
      },
    });
    return { source: { location, manifest: undefined, files: [] }, problems };
  }
  const manifest = await readJson(join(dir, 'catalog.json'), `${location}/catalog.json`, problems);
  const files: CatalogSource['files'] = [];
  for (const name of names.filter((n) => TEMPLATE_FILE.test(n)).sort()) {
    files.push({ name, data: await readJson(join(dir, name), `${location}/${name}`, problems) });
  }
  return { source: { location, manifest, files }, problems };
}

/** Reads and fully checks a catalog; unreadable files and bad JSON are problems like any other. */
export async function loadCatalog(codeOrDir: string, templatesDir = TEMPLATES_DIR): Promise<CatalogCheck> {
  const { source, problems } = await readCatalogSource(codeOrDir, templatesDir);
  const checked = checkCatalog(source);
  if (problems.length === 0) return checked;
  return {
    ok: false,
    problems: [
      ...problems,
      ...(checked.ok ? [] : checked.problems.filter((p) => !problems.some((q) => q.file === p.file))),
    ],
  };
}
