import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENTS } from '../integrations.js';
import { openApiDocument } from './openapi-document.js';
import { REST_OPERATIONS } from './rest-operations.js';

interface Operation {
  operationId: string;
  tags: string[];
  security: unknown[];
  parameters: { name?: string; in?: string; $ref?: string }[];
  responses: Record<string, unknown>;
}

describe('the OpenAPI document', () => {
  const doc = openApiDocument('https://oa.example.cn/api/v1');
  const operations = REST_OPERATIONS.map((op) => ({
    op,
    doc: doc.paths[op.path]?.[op.method.toLowerCase()] as unknown as Operation,
  }));

  it('documents every operation of the table once, with a unique operationId and a declared tag', () => {
    const ids = operations.map(({ doc: d }) => d.operationId);
    expect(new Set(ids).size).toBe(REST_OPERATIONS.length);
    const tags = new Set(doc.tags.map((t) => t.name));
    for (const { op, doc: d } of operations) {
      expect(d.operationId).toBe(op.operationId);
      for (const tag of d.tags) expect(tags.has(tag), tag).toBe(true);
      expect(d.security).toEqual([{ token: [] }]);
    }
    expect(doc.servers[0]?.url).toBe('https://oa.example.cn/api/v1');
  });

  it('declares each path parameter, the Idempotency-Key where retries are safe, and 401/429 everywhere', () => {
    for (const { op, doc: d } of operations) {
      for (const name of op.path.match(/\{(\w+)\}/g) ?? [])
        expect(
          d.parameters.some((p) => p.in === 'path' && `{${p.name}}` === name),
          name,
        ).toBe(true);
      const idem = d.parameters.some((p) => p.$ref === '#/components/parameters/IdempotencyKey');
      expect(idem, op.operationId).toBe(op.idempotent === true);
      expect(Object.keys(d.responses)).toEqual(
        expect.arrayContaining(['401', '429', String(op.response.status)]),
      );
      for (const status of op.errors) expect(Object.keys(d.responses)).toContain(String(status));
    }
  });

  it('describes every webhook event and the signature scheme', () => {
    expect(Object.keys(doc.webhooks).sort()).toEqual([...WEBHOOK_EVENTS].sort());
    expect(JSON.stringify(doc.webhooks)).toContain('x-signoff-signature');
    expect(doc.info.license).toEqual({ name: 'Proprietary', identifier: 'LicenseRef-Proprietary' });
  });
});
