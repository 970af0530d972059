import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@signoff/api';
import { API_TYPES_FILE, generateApiTypes, REGENERATE_COMMAND } from './generate-api-types.js';

describe('the generated REST client types', () => {
  it('match the OpenAPI document the server serves (else regenerate them)', async () => {
    const fresh = await generateApiTypes(openApiDocument());
    const committed = await readFile(API_TYPES_FILE, 'utf8').catch(() => '');
    if (committed !== fresh)
      expect.fail(
        `apps/server/src/rest-client/api-types.ts is out of date with the document: run ${REGENERATE_COMMAND}`,
      );
    expect(committed).toContain('export interface paths');
  });
});
