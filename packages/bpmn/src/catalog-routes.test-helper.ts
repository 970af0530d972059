import { readdirSync, readFileSync } from 'node:fs';
import type { FlowDefinition } from '@signoff/flow';
import type { Localized } from '@signoff/schema';

const TEMPLATES = new URL('../../../templates/', import.meta.url);

export interface CatalogRoute {
  catalog: string;
  file: string;
  title: Localized;
  route: FlowDefinition;
}

/** Every route of both starter catalogs, read from the template files as a tenant would import them. */
export function catalogRoutes(): CatalogRoute[] {
  return ['real-estate', 'small-company'].flatMap((catalog) => {
    const dir = new URL(`${catalog}/`, TEMPLATES);
    return readdirSync(dir)
      .filter((f) => /^\d\d-.+\.json$/.test(f))
      .sort()
      .map((file) => {
        const t = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as {
          title: Localized;
          route: FlowDefinition;
        };
        return { catalog, file, title: t.title, route: t.route };
      });
  });
}
