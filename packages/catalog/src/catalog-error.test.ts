import { isSignoffError } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { CatalogError } from './catalog-error.js';
import { checkCatalog } from './check-catalog.js';
import { readCatalogSource, loadCatalog } from './node/load-catalog.js';
import { selectTemplates } from './plan-catalog-import.js';
import { parseScenario } from './simulation-scenario.js';

const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('nothing was thrown');
};

describe('the core refuses on the packages’ one error shape, with the keys clients have always received', () => {
  it('a flow the catalog lacks is not_found / errors.catalogFlowNotFound', async () => {
    const loaded = await loadCatalog('small-company');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const e = thrown(() => selectTemplates(loaded.catalog, ['no_such_flow']));
    expect(e).toBeInstanceOf(CatalogError);
    expect(isSignoffError(e)).toBe(true);
    expect(e).toMatchObject({
      code: 'not_found',
      messageKey: 'errors.catalogFlowNotFound',
      localized: { en: 'The catalog "small-company" has no flow "no_such_flow"' },
      details: [],
    });
  });

  it('a scenario that cannot run is invalid_scenario / errors.simulation', () => {
    const e = thrown(() => parseScenario({ catalog: 'small-company' }));
    expect(isSignoffError(e)).toBe(true);
    expect(e).toMatchObject({
      code: 'invalid_scenario',
      messageKey: 'errors.simulation',
      localized: { zh: '场景缺少「flow」', en: 'The scenario needs "flow"' },
    });
  });
});

describe('checkCatalog runs on a catalog held in memory (as the browser holds one)', () => {
  it('names a listed file that is not there', async () => {
    const { source, problems } = await readCatalogSource('small-company');
    expect(problems).toEqual([]);
    const [dropped, ...rest] = source.files;
    const checked = checkCatalog({ ...source, files: rest });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toContainEqual(
      expect.objectContaining({
        file: 'templates/small-company/catalog.json',
        message: {
          zh: `找不到模板文件「${dropped?.name}」`,
          en: `The template file "${dropped?.name}" is missing`,
        },
      }),
    );
  });
});
