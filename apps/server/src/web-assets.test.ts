import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './start-server.js';

describe('serving the built web app', () => {
  let server: RunningServer;
  const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word${i % 37}`))};\n`;
  const prebuilt = `export const other = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `other${i % 41}`))};\n`;
  const prebuiltBr = brotliCompressSync(prebuilt);
  beforeAll(async () => {
    const webDir = await mkdtemp(join(tmpdir(), 'signoff-web-'));
    await mkdir(join(webDir, 'assets'));
    await writeFile(
      join(webDir, 'index.html'),
      '<!doctype html><title>Signoff</title><div id="root"></div><script type="module" src="/assets/index-Dc055FZ7.js"></script>',
    );
    await writeFile(join(webDir, 'assets', 'index-Dc055FZ7.js'), script);
    // as the web build writes them: the file and its brotli copy
    await writeFile(join(webDir, 'assets', 'vendor-B7x_Q2aZ.js'), prebuilt);
    await writeFile(join(webDir, 'assets', 'vendor-B7x_Q2aZ.js.br'), prebuiltBr);
    await writeFile(join(webDir, 'robots.txt'), 'User-agent: *\n'.repeat(100));
    server = await startServer({ port: 0, dataDir: 'memory', webDir, logLevel: 'silent' });
  });
  afterAll(() => server.close());

  it('sends hashed scripts compressed, cached for a year as immutable, and still intact', async () => {
    const res = await fetch(`${server.url}/assets/index-Dc055FZ7.js`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // fetch decodes the body: what arrives is the file as built
    expect(await res.text()).toBe(script);
  });

  it('sends the brotli copy the build wrote rather than compressing again', async () => {
    const res = await fetch(`${server.url}/assets/vendor-B7x_Q2aZ.js`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-length')).toBe(String(prebuiltBr.length));
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(prebuilt);
  });

  it('falls back to gzip, and to plain bytes for a client that accepts no encoding', async () => {
    const gz = await fetch(`${server.url}/assets/index-Dc055FZ7.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${server.url}/assets/index-Dc055FZ7.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('lets the browser revalidate what is not content-hashed, so a release shows on the next visit', async () => {
    for (const path of ['/', '/index.html', '/robots.txt', '/inbox']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control') ?? '', path).not.toContain('immutable');
    }
  });

  it('compresses API answers too', async () => {
    const res = await fetch(`${server.url}/api/v1/openapi.json`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });
});
