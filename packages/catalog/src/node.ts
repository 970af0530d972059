// The Node-only entry: catalog folders read from disk, then checked by the core.
export {
  loadCatalog,
  readCatalogSource,
  listCatalogCodes,
  catalogDir,
  TEMPLATES_DIR,
} from './node/load-catalog.js';
export { listCatalogs, type CatalogSummary, type CatalogListing } from './node/list-catalogs.js';
