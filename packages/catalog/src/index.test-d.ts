import type { SignoffError } from '@signoff/schema';
import { describe, expectTypeOf, it } from 'vitest';
import type { CatalogError, CatalogErrorCode } from './index.js';

describe("the catalog core's refusals", () => {
  it("have the packages' one error shape", () => {
    expectTypeOf<CatalogError>().toExtend<SignoffError<CatalogErrorCode>>();
    expectTypeOf<CatalogErrorCode>().toEqualTypeOf<'not_found' | 'invalid_scenario'>();
  });
});
