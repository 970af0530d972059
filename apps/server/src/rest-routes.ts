import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  contentDisposition,
  DEFAULT_ATTACHMENT_POLICY,
  handleRest,
  openApiDocument,
  type ApiDeps,
  type RestRateLimiter,
  type RestRequest,
  type RestResult,
} from '@signoff/api';
import { apiDocsRoutes } from './api-docs-routes.js';
import { frameworkErrorReply, type FrameworkError } from './rest-errors.js';

/** The parsed body of a request whose JSON did not parse: handed on as `malformedBody`. */
const MALFORMED = Symbol('malformed JSON');

function safeJsonReviver(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new SyntaxError('__proto__ key');
  if (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value)
    throw new SyntaxError('constructor.prototype key');
  return value;
}

export interface RestRoutesOptions {
  /** the upload limit of POST /api/v1/attachments; the same as POST /files by default */
  maxUploadBytes?: number;
  /** the JSON body limit, for the error message (the server's bodyLimit enforces it) */
  maxBodyBytes?: number;
  /** the per-token limit; default the dispatcher's (600 requests a minute per process) */
  rateLimiter?: RestRateLimiter;
}

const PREFIX = '/api/v1';
/** a few text fields beside the file (`user`, perhaps a field key); more is not an upload */
const MAX_FIELDS = 8;

function headersOf(req: FastifyRequest): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  // Node already lower-cases header names
  for (const [name, value] of Object.entries(req.headers))
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

function queryOf(req: FastifyRequest): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const query = (req.query ?? {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(query)) {
    // a repeated parameter keeps its first value: the operations take one value per name
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') out[name] = first;
  }
  return out;
}

/** The path below /api/v1, still percent-encoded: the dispatcher matches and decodes segments. */
const restPath = (req: FastifyRequest) => (req.url.split('?')[0] ?? '').slice(PREFIX.length) || '/';

/** Sends a dispatcher answer: its headers as they are, then JSON or the bytes as a download. */
export function sendRestAnswer(reply: FastifyReply, res: RestResult) {
  for (const [name, value] of Object.entries(res.headers ?? {})) reply.header(name, value);
  if ('bytes' in res) {
    return reply
      .code(200)
      .header('content-type', res.contentType)
      .header('content-length', res.bytes.length)
      .header('content-disposition', contentDisposition(res.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(res.bytes.buffer, res.bytes.byteOffset, res.bytes.byteLength));
  }
  return reply.code(res.status).send(res.body);
}

/** Reads the `file` part and the text fields of an upload; the file part is held within the limit. */
async function readUpload(req: FastifyRequest): Promise<Pick<RestRequest, 'file' | 'fields'>> {
  // no prototype: a field's name is the caller's
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  let file: RestRequest['file'];
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      // toBuffer throws the 413 once the part passes the limit, so no more than that is held
      const bytes = await part.toBuffer();
      if (part.fieldname === 'file' && !file) file = { name: part.filename, type: part.mimetype, bytes };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  return { ...(file ? { file } : {}), fields };
}

/**
 * The integrators' REST surface, /api/v1 (issue 20), as an encapsulated plugin so the multipart
 * parser and the typed error handler apply here only. Token-authenticated; no cookies, so no
 * CSRF. Every route hands the request to `handleRest`, which routes, authorizes and answers;
 * this plugin only translates HTTP: headers, query, JSON or multipart body in, status, headers
 * and JSON or a download out.
 */
export function restRoutes(deps: ApiDeps, options: RestRoutesOptions = {}): FastifyPluginAsync {
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_ATTACHMENT_POLICY.maxBytes;
  const maxBodyBytes = options.maxBodyBytes ?? 2 * 1024 * 1024;
  return async (app) => {
    await app.register(fastifyMultipart, {
      limits: {
        fileSize: maxUploadBytes,
        files: 1,
        fields: MAX_FIELDS,
        fieldSize: 4096,
        parts: MAX_FIELDS + 1,
      },
    });

    // Malformed JSON is handed on flagged, so the dispatcher answers it after the token check and
    // with the token's RateLimit-* headers, like every other refusal. Keys that could reach an
    // object's prototype are refused as malformed, as Fastify's own parser does.
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, text, done) => {
      if (typeof text !== 'string' || text.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text, safeJsonReviver) as unknown);
      } catch {
        done(null, MALFORMED);
      }
    });

    app.setErrorHandler((err: FrameworkError, req, reply) => {
      const upload = req.method === 'POST' && restPath(req) === '/attachments';
      const answer = frameworkErrorReply(err, { upload, maxUploadBytes, maxBodyBytes });
      if (answer.status >= 500) req.log.error({ err }, 'REST request failed');
      return reply.code(answer.status).send(answer.body);
    });

    app.get(`${PREFIX}/openapi.json`, (_req, reply) =>
      reply.header('cache-control', 'no-cache').send(openApiDocument()),
    );
    await app.register(apiDocsRoutes(`${PREFIX}/docs`, `${PREFIX}/openapi.json`));

    const call = (req: FastifyRequest, extra: Pick<RestRequest, 'body' | 'file' | 'fields'>) =>
      handleRest(
        deps,
        {
          method: req.method,
          path: restPath(req),
          headers: headersOf(req),
          query: queryOf(req),
          ...extra,
          ...(extra.body === MALFORMED ? { body: undefined, malformedBody: true as const } : {}),
        },
        options.rateLimiter ? { rateLimiter: options.rateLimiter } : {},
      );

    app.post(`${PREFIX}/attachments`, async (req, reply) => {
      // nothing is read for a caller without a bearer token: the dispatcher refuses it as it is
      const bearer = /^Bearer \S+$/.test(req.headers.authorization ?? '');
      if (!bearer || !req.isMultipart()) return sendRestAnswer(reply, await call(req, { body: req.body }));
      return sendRestAnswer(reply, await call(req, { body: undefined, ...(await readUpload(req)) }));
    });

    app.route({
      method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'],
      url: `${PREFIX}/*`,
      handler: async (req, reply) => sendRestAnswer(reply, await call(req, { body: req.body })),
    });
  };
}
