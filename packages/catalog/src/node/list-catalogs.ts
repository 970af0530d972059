import type { Localized } from '@signoff/schema';
import { describeProblem } from '../catalog-problem.js';
import { listCatalogCodes, loadCatalog, TEMPLATES_DIR } from './load-catalog.js';

export interface CatalogSummary {
  code: string;
  title: Localized;
  description?: Localized;
  demoOrg: string;
  flows: {
    key: string;
    title: Localized;
    seedTitle?: string;
    seedNumber?: number;
    categories: number;
    steps: number;
  }[];
}

export type CatalogListing = CatalogSummary | { code: string; problems: Localized[] };

/**
 * The catalogs shipped in `templates/`, each with its flows, for the import wizard and
 * `signoff catalog list`. A catalog that fails its checks is listed with its problems, not hidden.
 */
export async function listCatalogs(templatesDir = TEMPLATES_DIR): Promise<CatalogListing[]> {
  const out: CatalogListing[] = [];
  for (const code of await listCatalogCodes(templatesDir)) {
    const loaded = await loadCatalog(code, templatesDir);
    if (!loaded.ok) {
      out.push({ code, problems: loaded.problems.map(describeProblem) });
      continue;
    }
    const m = loaded.catalog.manifest;
    out.push({
      code: m.code,
      title: m.title,
      ...(m.description ? { description: m.description } : {}),
      demoOrg: m.demoOrg.name,
      flows: loaded.catalog.templates.map(({ file }) => ({
        key: file.key,
        title: file.title,
        ...(file.seed ? { seedTitle: file.seed.title, seedNumber: file.seed.number } : {}),
        categories: file.categories?.items.length ?? 0,
        steps: file.route.nodes.filter(
          (n) => n.type === 'approve' || n.type === 'handle' || n.type === 'notify',
        ).length,
      })),
    });
  }
  return out;
}
