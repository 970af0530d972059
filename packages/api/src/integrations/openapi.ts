import { z } from 'zod';
import { errorOut, instanceOut, listQuery, submitBody } from './rest-api.js';

const schema = (s: z.ZodType) =>
  z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
const errors = {
  description: 'refused, with the reason in zh and en',
  content: { 'application/json': { schema: schema(errorOut) } },
};

/** OpenAPI 3.1 for /api/v1, generated from the very zod schemas the handlers validate with. */
export function openApiDocument(serverUrl = '/api/v1') {
  const listParams = Object.entries(
    (schema(listQuery) as { properties: Record<string, unknown> }).properties,
  ).map(([name, s]) => ({
    name,
    in: 'query',
    required: false,
    schema: s,
  }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Signoff integration API',
      version: '1.0.0',
      description:
        'Submit approval requests and read their status from other systems. Authenticate with a tenant API token (created by a tenant admin) as `Authorization: Bearer so_…`. Every error carries a code and a message in Chinese and English.',
    },
    servers: [{ url: serverUrl }],
    components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
    security: [{ token: [] }],
    paths: {
      '/instances': {
        post: {
          summary: 'Submit a request on behalf of an applicant',
          requestBody: { required: true, content: { 'application/json': { schema: schema(submitBody) } } },
          responses: {
            '201': {
              description: 'created and routed',
              content: { 'application/json': { schema: schema(instanceOut) } },
            },
            '400': errors,
            '401': errors,
            '404': errors,
            '422': errors,
          },
        },
        get: {
          summary: "List the tenant's requests",
          parameters: listParams,
          responses: { '200': { description: 'one page' }, '401': errors },
        },
      },
      '/instances/{id}': {
        get: {
          summary: 'Read a request with its status and timeline',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'the request',
              content: { 'application/json': { schema: schema(instanceOut) } },
            },
            '401': errors,
            '404': errors,
          },
        },
      },
    },
  };
}
