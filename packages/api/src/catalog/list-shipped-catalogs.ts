import type { CatalogListing } from '@signoff/catalog/node';
import { listCatalogs } from '@signoff/catalog/node';
import type { ServiceContext } from '../trpc/service-context.js';

/**
 * The import wizard's list: the catalogs of the repository's `templates/` only, whoever asks, so
 * no folder path ever comes from a client.
 */
export function listShippedCatalogs(_ctx: ServiceContext): Promise<CatalogListing[]> {
  return listCatalogs();
}
