import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import {
  appRouter,
  CSRF_HEADER,
  prepareInstancesDownload,
  httpStatusOf,
  toAppErrorData,
  resolveSession,
  trpcErrorOf,
  SESSION_COOKIE,
  type ApiContext,
  type ApiDeps,
  type AppRouter,
  type CookieJar,
  type RestRateLimiter,
} from '@signoff/api';
import type { FastifyBaseLogger } from 'fastify';
import { fileRoutes } from './file-routes.js';
import { clientErrorHandler, rootErrorHandler } from './framework-refusals.js';
import {
  fromOwnOrigin,
  isSecureRequest,
  registerSecurityHeaders,
  type TrustProxy,
} from './request-security.js';
import { restRoutes } from './rest-routes.js';
import { testClockRoute, type TestClockControl } from './test-clock-route.js';
import { registerCompression, WEB_STATIC_OPTIONS } from './web-assets.js';

export interface ServerOptions {
  deps: ApiDeps;
  /** the built web app (apps/web/dist); when missing, only the API is served */
  webDir?: string;
  /** Secure cookies need HTTPS; off for plain-HTTP localhost */
  secureCookies?: boolean;
  logger?: FastifyBaseLogger | boolean;
  /** `--test-clock`: exposes POST /test/clock (loopback only); absent, the route does not exist */
  testClock?: TestClockControl;
  /**
   * which proxies' X-Forwarded-* to believe (`TRUST_PROXY`, see request-security.ts); default
   * none, so a forged header cannot choose the address the login limits and the audit log see
   */
  trustProxy?: TrustProxy;
  /** the address people open Signoff at (`PUBLIC_URL`): its origin is accepted, https makes cookies Secure */
  publicUrl?: string;
  /** the REST API's per-token limit; default 600 requests a minute per process */
  restRateLimiter?: RestRateLimiter;
}

function cookieJar(req: FastifyRequest, reply: FastifyReply, secure: boolean): CookieJar {
  return {
    get: (name) => req.cookies[name],
    set: (name, value, o) =>
      void reply.setCookie(name, value, {
        path: '/',
        httpOnly: o.httpOnly,
        sameSite: 'lax',
        secure,
        maxAge: o.maxAgeSeconds,
      }),
    clear: (name) => void reply.clearCookie(name, { path: '/' }),
  };
}

export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const common = {
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 2 * 1024 * 1024,
    clientErrorHandler,
  };
  // Two calls rather than one options object: Fastify's overloads pick the HTTP/1 server only
  // when `loggerInstance` and `logger` are not both present.
  const app: FastifyInstance =
    typeof options.logger === 'object'
      ? Fastify({ ...common, loggerInstance: options.logger })
      : Fastify({ ...common, logger: options.logger ?? false });
  const { deps } = options;
  const { publicUrl } = options;
  const secureFor = (req: FastifyRequest) => options.secureCookies ?? isSecureRequest(req, publicUrl);

  app.setErrorHandler(rootErrorHandler(common.bodyLimit));
  await app.register(fastifyCookie);
  await registerSecurityHeaders(app);
  await registerCompression(app);

  app.get('/health', async () => {
    await deps.db.query('SELECT 1');
    return { status: 'ok', database: deps.db.kind };
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: async ({ req, res }): Promise<ApiContext> => {
        const header = req.headers[CSRF_HEADER];
        return {
          deps,
          cookies: cookieJar(req, res, secureFor(req)),
          csrfHeader: typeof header === 'string' ? header : undefined,
          sameOrigin: fromOwnOrigin(req, publicUrl),
          ip: req.ip,
          session: await resolveSession(deps, req.cookies[SESSION_COOKIE]).catch((e: unknown) => {
            throw trpcErrorOf(e);
          }),
        };
      },
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ err: error.cause ?? error, path }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  // The streamed Excel export for admins: checked before the first byte, then written page by page.
  app.get('/exports/requests.xlsx', async (req, reply) => {
    try {
      const download = await prepareInstancesDownload(deps, req.cookies[SESSION_COOKIE], req.query);
      reply.raw.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${download.fileName}"`,
      });
      await download.write(reply.raw);
      reply.raw.end();
      return reply;
    } catch (e) {
      if (reply.raw.headersSent) {
        // a failure mid-file: the connection is cut before the chunked body's end, so the client
        // sees a broken download rather than a short file that looks whole (issue 16)
        app.log.error({ err: e }, 'export failed while streaming');
        reply.raw.destroy(e instanceof Error ? e : undefined);
        return reply;
      }
      const appError = toAppErrorData(e);
      return reply.code(httpStatusOf(appError)).send({ error: appError });
    }
  });
  // The integrators' REST surface, /api/v1, its OpenAPI document and reference page (see rest-routes.ts).
  await app.register(
    restRoutes(deps, {
      maxBodyBytes: common.bodyLimit,
      ...(options.restRateLimiter ? { rateLimiter: options.restRateLimiter } : {}),
    }),
  );

  // Attachments: POST /files (raw body, x-file-name, session + CSRF) and GET /files/:id (see file-routes.ts).
  await app.register(fileRoutes(deps, undefined, publicUrl));
  if (options.testClock) await app.register(testClockRoute(options.testClock));

  const webDir = options.webDir;
  if (webDir && existsSync(join(webDir, 'index.html'))) {
    const indexHtml = await readFile(join(webDir, 'index.html'), 'utf8');
    await app.register(fastifyStatic, { root: webDir, ...WEB_STATIC_OPTIONS });
    // the SPA owns every other GET path
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/trpc'))
        return reply.type('text/html').send(indexHtml);
      return reply.code(404).send({ error: 'not found' });
    });
  }
  return app;
}
