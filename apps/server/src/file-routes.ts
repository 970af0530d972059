import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import {
  contentDisposition,
  CSRF_HEADER,
  DEFAULT_ATTACHMENT_POLICY,
  downloadAttachment,
  errors,
  fileErrorResponse,
  fileErrors,
  fileSession,
  SESSION_COOKIE,
  serviceContextFor,
  uploadAttachment,
  type ApiDeps,
  type SessionContext,
} from '@signoff/api';
import { fromOwnOrigin } from './request-security.js';

const header = (req: FastifyRequest, name: string) => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};

/** The name travels percent-encoded (a header is Latin-1); a plain ASCII name works as is. */
function fileNameOf(req: FastifyRequest): string {
  const raw = header(req, 'x-file-name') ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const refuse = (reply: FastifyReply, e: unknown) => {
  const { status, body } = fileErrorResponse(e);
  return reply.code(status).send(body);
};

/**
 * Attachments over plain HTTP (issue 7), registered as an encapsulated plugin so its raw-body
 * parser applies to these two routes only.
 *
 *   POST /files      body: the file's bytes; `content-type`: the browser's type; `x-file-name`:
 *                    the name, percent-encoded (encodeURIComponent). Session cookie and the CSRF
 *                    header, as for tRPC mutations. 201 { id, name, size, type, sha256 }: `id`,
 *                    `name`, `size`, `type` are what a form's attachment field holds.
 *   GET /files/:id   session cookie; the bytes as a download (`content-disposition: attachment`,
 *                    `x-content-type-options: nosniff`).
 *
 * Refusals answer `{ error: { code, messageKey, message: { zh, en } } }` with 400/401/403/404/413.
 */
export function fileRoutes(
  deps: ApiDeps,
  maxBytes = DEFAULT_ATTACHMENT_POLICY.maxBytes,
  publicUrl?: string,
): FastifyPluginCallback {
  return (app, _options, done) => {
    // the session is checked before the body is read, so an anonymous upload is not buffered
    const sessions = new WeakMap<FastifyRequest, SessionContext>();

    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) =>
      done(null, body),
    );
    app.setErrorHandler((err: Error & { statusCode?: number }, req, reply) => {
      if (err.statusCode === 413) return refuse(reply, fileErrors.tooLarge(maxBytes));
      if (err.statusCode === 400 || err.statusCode === 415) return refuse(reply, fileErrors.empty());
      req.log.error({ err }, 'file request failed');
      return refuse(reply, err);
    });

    app.post(
      '/files',
      {
        onRequest: async (req, reply) => {
          // an upload is a state change: a page of another site may not make one (issue 16)
          if (!fromOwnOrigin(req, publicUrl)) return refuse(reply, errors.foreignOrigin());
          try {
            sessions.set(
              req,
              await fileSession(deps, {
                cookie: req.cookies[SESSION_COOKIE],
                csrfHeader: header(req, CSRF_HEADER),
                write: true,
              }),
            );
          } catch (e) {
            return refuse(reply, e);
          }
        },
      },
      async (req, reply) => {
        const session = sessions.get(req);
        if (!session) return refuse(reply, new Error('no session'));
        try {
          const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          const file = await uploadAttachment(await serviceContextFor(deps, session), {
            name: fileNameOf(req),
            bytes,
            claimedType: header(req, 'content-type'),
          });
          return reply.code(201).send(file);
        } catch (e) {
          return refuse(reply, e);
        }
      },
    );

    app.get<{ Params: { id: string } }>('/files/:id', async (req, reply) => {
      try {
        const session = await fileSession(deps, { cookie: req.cookies[SESSION_COOKIE], write: false });
        const file = await downloadAttachment(await serviceContextFor(deps, session), req.params.id);
        return reply
          .header('content-type', file.contentType)
          .header('content-length', file.bytes.length)
          .header('content-disposition', contentDisposition(file.name))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .send(file.bytes);
      } catch (e) {
        return refuse(reply, e);
      }
    });
    done();
  };
}
