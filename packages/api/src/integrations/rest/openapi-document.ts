import { z } from 'zod';
import { WEBHOOK_EVENTS } from '../integrations.js';
import type { RestOperation } from './operation.js';
import { REST_OPERATIONS } from './rest-operations.js';
import { errorResponses, ERROR_RESPONSES, RATE_HEADERS } from './openapi-responses.js';
import { restSchemas } from './rest-schemas.js';
import { WEBHOOK_PAYLOADS, WEBHOOK_SIGNATURE_DOC } from './webhook-event-schemas.js';

type Json = Record<string, unknown>;
const uri = (id: string) => `#/components/schemas/${id}`;

/** A zod schema as OpenAPI 3.1 (JSON Schema 2020-12), registered parts as `$ref`s into components. */
function schemaOf(s: z.ZodType, io: 'input' | 'output'): Json {
  const id = z.globalRegistry.get(s)?.id;
  if (id && restSchemas.get(id) === s) return { $ref: uri(id) };
  const raw = z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  const text = JSON.stringify(raw).replaceAll('"#/$defs/', '"#/components/schemas/');
  const { $schema: _s, $defs: _d, ...rest } = JSON.parse(text) as Json;
  return rest;
}

function components(): Json {
  const all = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', uri, io: 'output' }).schemas;
  return Object.fromEntries(
    Object.entries(all)
      .filter(([id]) => restSchemas.has(id))
      .map(([id, s]) => {
        const { $schema: _s, $id: _i, ...rest } = s as Json;
        return [id, rest];
      }),
  );
}

const TAGS = [
  {
    name: 'templates',
    description: 'The published forms: what may be submitted, as JSON Schema and TypeScript',
  },
  { name: 'instances', description: 'Requests (审批单): submit, read, list, withdraw, urge and comment' },
  {
    name: 'tasks',
    description: "Approvers' tasks, acted on for a user by tokens with the act-for-users scope",
  },
  { name: 'attachments', description: 'Files to attach to a request or a comment' },
  { name: 'webhooks', description: 'Events Signoff POSTs to your endpoint. ' + WEBHOOK_SIGNATURE_DOC },
];

function parameters(op: RestOperation): Json[] {
  const out: Json[] = [];
  for (const [part, schema] of [
    ['path', op.params],
    ['query', op.query],
  ] as const) {
    if (!schema) continue;
    const s = schemaOf(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, prop] of Object.entries(s.properties ?? {})) {
      const { description, ...rest } = prop as Json & { description?: string };
      out.push({
        name,
        in: part,
        required: part === 'path' || (s.required ?? []).includes(name),
        description: description ?? (part === 'path' ? `the ${name}` : name),
        schema: rest,
      });
    }
  }
  if (op.idempotent) out.push({ $ref: '#/components/parameters/IdempotencyKey' });
  return out;
}

function requestBody(op: RestOperation): Json | undefined {
  if (op.upload) {
    const fields = op.body ? (schemaOf(op.body, 'input') as { properties?: Json; required?: string[] }) : {};
    return {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: {
              file: { type: 'string', contentMediaType: 'application/octet-stream', description: 'the file' },
              ...fields.properties,
            },
            required: ['file', ...(fields.required ?? [])],
          },
        },
      },
    };
  }
  if (!op.body) return undefined;
  const example = op.examples?.request;
  return {
    required: true,
    content: { 'application/json': { schema: schemaOf(op.body, 'input'), ...(example ? { example } : {}) } },
  };
}

function responses(op: RestOperation): Json {
  const ok = op.response;
  const example = op.examples?.response;
  const content = ok.binary
    ? {
        'application/octet-stream': {
          schema: { type: 'string', contentMediaType: 'application/octet-stream' },
        },
      }
    : ok.schema
      ? { 'application/json': { schema: schemaOf(ok.schema, 'output'), ...(example ? { example } : {}) } }
      : undefined;
  const out: Json = {
    [String(ok.status)]: {
      description: ok.description,
      headers: {
        ...RATE_HEADERS,
        ...(op.idempotent
          ? { 'Idempotent-Replayed': { $ref: '#/components/headers/IdempotentReplayed' } }
          : {}),
        ...(ok.binary
          ? {
              'Content-Disposition': {
                description: "attachment; filename*=UTF-8''<name>",
                schema: { type: 'string' },
              },
            }
          : {}),
      },
      ...(content ? { content } : {}),
    },
  };
  for (const status of [...new Set([...op.errors, 401, 429])].sort()) {
    const r = ERROR_RESPONSES[String(status)];
    if (r) out[String(status)] = { $ref: `#/components/responses/${r.name}` };
  }
  return out;
}

function webhooks(): Json {
  const header = (name: string, description: string, example: string) => ({
    name,
    in: 'header',
    required: true,
    description,
    schema: { type: 'string' },
    example,
  });
  return Object.fromEntries(
    WEBHOOK_EVENTS.map((event) => {
      const w = WEBHOOK_PAYLOADS[event];
      return [
        event,
        {
          post: {
            operationId: `on${event
              .split('.')
              .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
              .join('')}`,
            summary: w.summary,
            description: WEBHOOK_SIGNATURE_DOC,
            tags: ['webhooks'],
            security: [],
            parameters: [
              header('x-signoff-event', 'the event name', event),
              header('x-signoff-delivery', "the delivery id (the body's id)", 'dlv-1'),
              header('x-signoff-timestamp', 'Unix seconds, part of the signed text', '1795490400'),
              header(
                'x-signoff-signature',
                'sha256=HMAC-SHA256(secret, `${timestamp}.${body}`) in hex',
                'sha256=5d41402abc4b2a76b9719d911017c592',
              ),
            ],
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(w.schema, 'output'), example: w.example } },
            },
            responses: {
              '200': { description: 'Received; any 2xx answer counts as delivered' },
              '400': { description: 'Refused (a bad signature, say); the delivery is retried with backoff' },
            },
          },
        },
      ];
    }),
  );
}

/** OpenAPI 3.1 for /api/v1, generated from the operation table the dispatcher runs. */
export function openApiDocument(serverUrl = '/api/v1') {
  const paths: Record<string, Record<string, Json>> = {};
  for (const op of REST_OPERATIONS) {
    const body = requestBody(op);
    (paths[op.path] ??= {})[op.method.toLowerCase()] = {
      operationId: op.operationId,
      summary: op.summary,
      description: `${op.description ?? op.summary}\n\nScope: \`${op.scope}\` (or \`admin\`).`,
      tags: [...op.tags],
      security: [{ token: [] }],
      'x-signoff-scope': op.scope,
      parameters: parameters(op),
      ...(body ? { requestBody: body } : {}),
      responses: responses(op),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Signoff integration API',
      version: '1.0.0',
      description:
        'Connect ERP, HR and finance systems to Signoff approvals: list forms, submit requests, follow them, act on ' +
        'tasks for users and receive webhook events. Authenticate with a tenant API token (created by a tenant admin, ' +
        'with the scopes read, submit, act-for-users or admin) as `Authorization: Bearer so_…`. Every error carries a ' +
        'code and a message in Chinese and English. Rate limit: 600 requests a minute per token and server process, ' +
        'reported in the RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset headers.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
      contact: { name: 'Signoff support', email: 'support@signoff.example.com' },
    },
    servers: [{ url: serverUrl, description: 'this server' }],
    tags: TAGS,
    security: [{ token: [] }],
    paths,
    webhooks: webhooks(),
    components: {
      securitySchemes: {
        token: { type: 'http', scheme: 'bearer', description: 'A tenant API token: `so_…`' },
      },
      schemas: components(),
      responses: errorResponses(),
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Up to 255 printable characters. A retry with the same key and body gets the first answer (with ' +
            'Idempotent-Replayed: true) and changes nothing; the same key with another body is refused 422. Kept 24 hours.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
          example: '6f1c2a9e-erp-order-4711',
        },
      },
      headers: {
        RateLimitLimit: { description: 'requests allowed per window (60 s)', schema: { type: 'integer' } },
        RateLimitRemaining: { description: 'requests left in this window', schema: { type: 'integer' } },
        RateLimitReset: { description: 'seconds until the window resets', schema: { type: 'integer' } },
        RetryAfter: { description: 'seconds to wait before retrying', schema: { type: 'integer' } },
        IdempotentReplayed: {
          description: '`true` when this is the stored answer to an earlier request with the key',
          schema: { type: 'string' },
        },
      },
    },
  };
}
