import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Compresses what the server answers (the app's JavaScript, tRPC's JSON) for clients that accept it:
 * on a phone link the app's ~1.2 MB of scripts shrink to about a third. Register before the routes.
 * Images, PDFs and other compressed types are left as they are; streamed replies written to `reply.raw`
 * (the Excel export) are not touched.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
}

/**
 * Vite names every file under assets/ after a hash of its content, so a name never changes content:
 * the browser may keep it for a year without asking again. index.html is not under assets/ and is
 * revalidated, so a release is picked up on the next visit.
 */
export function cacheHashedAssets(reply: FastifyReply, path: string): void {
  if (HASHED_ASSET.test(path)) void reply.header('cache-control', 'public, max-age=31536000, immutable');
}

// `.br` / `.gz`: the precompressed copy of the same hashed file
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.(js|css|woff2?|svg|png)(\.br|\.gz)?$/;

/**
 * How the built app is served: the `.br` / `.gz` files the web build writes beside each script are
 * sent as they are (best compression, no work per request; @fastify/compress leaves an encoded reply
 * alone), hashed files are cached for good, and routes are made for the files found at start.
 */
export const WEB_STATIC_OPTIONS = {
  wildcard: false,
  preCompressed: true,
  setHeaders: cacheHashedAssets,
} as const;
