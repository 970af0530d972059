import { checkCatalog, type Catalog } from '@signoff/catalog';
import { catalogRefused } from './catalog-refused.js';

/** The code an uploaded template file is imported under (recorded as the template's source catalog). */
export const UPLOAD_CODE = 'upload';

const keyOf = (data: unknown): string =>
  typeof data === 'object' && data !== null && typeof (data as { key?: unknown }).key === 'string'
    ? (data as { key: string }).key
    : 'template';

/**
 * One template file a client uploaded (catalog.export's output from another company), wrapped as
 * a one-flow catalog so the plan and import take the same path as a shipped catalog. It is
 * checked in depth like any catalog file; every problem refuses it.
 */
export function uploadedCatalog(data: unknown): Catalog {
  const name = `01-${keyOf(data)}.json`;
  const title = (data as { title?: unknown } | null)?.title;
  const checked = checkCatalog({
    location: UPLOAD_CODE,
    manifest: {
      formatVersion: 1,
      code: UPLOAD_CODE,
      title: title ?? { zh: '上传的模板', en: 'Uploaded template' },
      demoOrg: { name: '-' },
      flows: [name],
    },
    files: [{ name, data }],
  });
  if (!checked.ok) throw catalogRefused(checked.problems);
  return checked.catalog;
}
