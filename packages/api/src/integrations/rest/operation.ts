import type { z } from 'zod';
import type { ApiTokenScope } from '@signoff/db';
import type { ApiDeps } from '../../trpc/context.js';
import type { ServiceContext } from '../../trpc/service-context.js';

/**
 * One REST operation of /api/v1, declared once: the dispatcher routes, authorizes, parses and
 * answers with it, and the OpenAPI document is generated from the same declarations, so the
 * document cannot drift from the code (issue 20).
 */
export interface RestOperation<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** OpenAPI path template, e.g. `/instances/{id}/withdraw` */
  path: string;
  summary: string;
  description?: string;
  tags: readonly RestTag[];
  /** the scope a token needs; a call beyond it answers 403 naming the scope */
  scope: ApiTokenScope;
  /** a retried request with the same Idempotency-Key answers the first result */
  idempotent?: boolean;
  params?: P;
  query?: Q;
  /** JSON body; a multipart upload declares `upload` instead */
  body?: B;
  upload?: true;
  /** the success answer; `binary` for a download */
  response: { status: 200 | 201; description: string; schema?: z.ZodType; binary?: true };
  /** the refusals this operation can answer besides 401 and 429, which every operation can */
  errors: readonly (400 | 403 | 404 | 409 | 413 | 415 | 422)[];
  /** request and response examples shown in the reference */
  examples?: { request?: unknown; response?: unknown };
  handler: (call: RestCall<z.output<P>, z.output<Q>, z.output<B>>) => Promise<RestResult>;
}

export type RestTag = 'templates' | 'instances' | 'tasks' | 'attachments';

/** What a handler gets: the parsed input and who is calling. */
export interface RestCall<P, Q, B> {
  deps: ApiDeps;
  token: RestToken;
  /** the token's tenant seen as a system reader (no person): for reads */
  system: ServiceContext;
  /** a context acting as the named active user of the token's tenant, marked "via API token" */
  actingAs: (login: string) => Promise<ServiceContext>;
  /** the same, for a user known by id (the applicant of a request) */
  actingAsUserId: (userId: string) => Promise<ServiceContext>;
  params: P;
  query: Q;
  body: B;
  /** an uploaded file, for `upload` operations (their `body` schema checks the other multipart fields) */
  file?: { name: string; type: string; bytes: Uint8Array };
}

export interface RestToken {
  tenantId: string;
  tokenId: string;
  tokenName: string;
  scopes: readonly ApiTokenScope[];
}

/** Response headers the server must send as they are: RateLimit-*, Retry-After, Idempotent-Replayed. */
export type RestHeaders = Record<string, string>;

export type RestResult =
  | { status: number; body: unknown; headers?: RestHeaders }
  | { status: 200; bytes: Uint8Array; contentType: string; fileName: string; headers?: RestHeaders };

/**
 * What the HTTP server hands to `handleRest`: the framework stays outside. `path` is below
 * /api/v1 and has no query string; header names are lower case.
 */
export interface RestRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  body: unknown;
  /** a multipart upload's `file` part, read by the server within the attachment size limit */
  file?: { name: string; type: string; bytes: Uint8Array };
  /** the multipart upload's other (text) fields */
  fields?: Record<string, string>;
  /** set by the server when the body was not valid JSON: answered 400, never parsed here */
  malformedBody?: true;
}

export const defineOperation = <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  op: RestOperation<P, Q, B>,
): RestOperation => op;
