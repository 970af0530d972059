import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyPluginCallback } from 'fastify';

const require = createRequire(import.meta.url);

/** Redoc's self-contained browser build, shipped with the server: the page needs no CDN. */
const REDOC_BUNDLE = require.resolve('redoc/bundles/redoc.standalone.js');
const REDOC_VERSION = (
  JSON.parse(readFileSync(require.resolve('redoc/package.json'), 'utf8')) as { version: string }
).version;

/**
 * Starts Redoc on the page's container, reading the document's address from the container, so
 * the page holds no inline script and a strict CSP (script-src 'self') allows it.
 */
const INIT_SCRIPT = `(function () {
  var el = document.getElementById('redoc');
  if (!el || !window.Redoc) return;
  window.Redoc.init(el.getAttribute('data-spec-url'), {
    expandResponses: '200,201',
    jsonSampleExpandLevel: 3,
    hideHostname: false,
    sortPropsAlphabetically: false
  }, el);
})();
`;

const INIT_VERSION = createHash('sha256').update(INIT_SCRIPT).digest('hex').slice(0, 12);

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const page = (base: string, specUrl: string) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Signoff API 参考 · API reference</title>
<style>body { margin: 0; }</style>
</head>
<body>
<noscript>请启用 JavaScript 查看 API 参考，或直接下载 <a href="${escapeAttr(specUrl)}">openapi.json</a>。
Enable JavaScript to read the reference, or download <a href="${escapeAttr(specUrl)}">openapi.json</a>.</noscript>
<div id="redoc" data-spec-url="${escapeAttr(specUrl)}"></div>
<script src="${escapeAttr(base)}/redoc.standalone.js?v=${encodeURIComponent(REDOC_VERSION)}"></script>
<script src="${escapeAttr(base)}/init.js?v=${INIT_VERSION}"></script>
</body>
</html>
`;

/**
 * Redoc draws with styled-components (inline <style>) and runs its search in a worker started
 * from a blob: URL; everything else comes from this origin.
 */
export const API_DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A year: the scripts' URLs carry Redoc's version and the init script's hash, so a change is a new URL. */
const LONG_CACHE = 'public, max-age=31536000, immutable';

/** `GET {base}`: the API reference page; `{base}/redoc.standalone.js` and `{base}/init.js` its scripts. */
export function apiDocsRoutes(base: string, specUrl: string): FastifyPluginCallback {
  return (app, _options, done) => {
    const bundle = readFileSync(REDOC_BUNDLE);
    const html = page(base, specUrl);
    app.get(base, (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', API_DOCS_CSP)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-cache')
        .send(html),
    );
    app.get(`${base}/redoc.standalone.js`, (_req, reply) =>
      reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', LONG_CACHE)
        .header('x-content-type-options', 'nosniff')
        .send(bundle),
    );
    app.get(`${base}/init.js`, (_req, reply) =>
      reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', LONG_CACHE)
        .header('x-content-type-options', 'nosniff')
        .send(INIT_SCRIPT),
    );
    done();
  };
}
