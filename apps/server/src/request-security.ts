import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyHelmet from '@fastify/helmet';

/**
 * Fastify's `trustProxy` from `TRUST_PROXY` (issue 16): off unless the operator says how the
 * server is reached. A hop count ("1": one proxy in front), or the proxies' addresses and CIDR
 * ranges ("10.0.0.5, 10.1.0.0/16"). Trusting every sender let a forged X-Forwarded-For choose the
 * address the login limit and the audit log saw.
 */
export type TrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

export function trustProxyFrom(value: string | undefined): TrustProxy {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false' || v === '0') return false;
  if (/^\d+$/.test(v)) {
    // the nearest n hops are the operator's proxies (Fastify's typings take no bare number)
    const hops = Number(v);
    return (_address, hop) => hop < hops;
  }
  const list = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of list)
    if (!/^[\d.:a-fA-F]+(\/\d{1,3})?$/.test(entry))
      throw new Error(
        `TRUST_PROXY: "${entry}" is not an address or a CIDR range (give a hop count such as 1, or addresses such as 10.0.0.5, 10.1.0.0/16)`,
      );
  return list;
}

/** The origin a browser shows for this server: PUBLIC_URL's when set, else the request's own. */
function ownOrigins(req: FastifyRequest, publicUrl: string | undefined): string[] {
  const out = [`${req.protocol}://${req.host}`];
  if (publicUrl) out.push(new URL(publicUrl).origin);
  return out;
}

/**
 * Whether a state-changing request may come from where the browser says it comes from: the
 * Fetch Metadata header when the browser sends it, else the Origin header; a client that sends
 * neither (curl, the CLI, a server) is not a browser a foreign page can drive, and still needs
 * the CSRF token for any signed-in change.
 */
export function fromOwnOrigin(req: FastifyRequest, publicUrl?: string): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const origin = req.headers.origin;
  if (typeof origin !== 'string') return true;
  return ownOrigins(req, publicUrl).includes(origin);
}

/** Cookies are Secure when the request came over HTTPS (as the proxies we trust say) or PUBLIC_URL is https. */
export function isSecureRequest(req: FastifyRequest, publicUrl?: string): boolean {
  return req.protocol === 'https' || (publicUrl?.startsWith('https://') ?? false);
}

/**
 * Security headers on every answer, by @fastify/helmet. The CSP allows no inline script (the
 * built app has none) and no script from elsewhere; inline styles stay allowed because Ant Design writes its CSS-in-JS into
 * <style> tags at run time; workers come from the app's own files or blob: (Monaco, Redoc).
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // no inline script; 'unsafe-eval' because ajv compiles each form's JSON Schema into a
        // validator function in the browser (the same contract the server validates with)
        scriptSrc: ["'self'", "'unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // the app opens its own attachments and prints in new tabs: the default same-origin opener policy is fine
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    frameguard: { action: 'deny' },
  });
}
