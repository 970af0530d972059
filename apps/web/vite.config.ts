import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// Only packages every page needs get a named chunk of their own: they change rarely, so a release of
// Signoff does not make phones download them again. antd is deliberately not grouped — a group takes
// every antd module any page uses (Table, Steps, Modal …) into one chunk that every page then loads;
// left alone, the bundler puts each component in the chunks of the pages that import it.
// The tests name exact packages: a looser one (e.g. all of @tanstack) would pull a page's own
// dependency, such as a virtualizer, into the chunk the login page loads.
const VENDOR_GROUPS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
  {
    name: 'data',
    test: /node_modules[\\/](@tanstack[\\/](query-core|react-query)|@trpc[\\/](client|tanstack-react-query|server)|i18next|react-i18next)[\\/]/,
    priority: 10,
  },
];

// antd's own components (rc-component/*) declare no `sideEffects` in their package.json, so the
// bundler keeps every module they import, used or not: rc-field-form's index assigns statics
// (`RefForm.useForm = …`) and so all of rc-field-form and async-validator (≈25 kB gzip) came with any
// antd popup or input, whether or not a form was drawn. They have no import-time side effects (no
// globals, no CSS), so they are marked free of them; anything not listed keeps its package.json's word.
const SIDE_EFFECT_FREE = [{ test: /node_modules[\\/]@rc-component[\\/]/, sideEffects: false }];

/**
 * Writes dist/.vite/chunk-modules.json: for each chunk, the bytes each package (or our own source
 * folder) contributes. The size check (scripts/check-bundle-size.ts) reads it to say what fills a
 * budget and to refuse chunks that carry what the fill page must never load (editors, flow canvas, charts).
 */
function chunkModules(): Plugin {
  return {
    name: 'signoff-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const out: Record<string, Record<string, number>> = {};
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const parts: Record<string, number> = {};
        for (const [id, info] of Object.entries(item.modules)) {
          const name = moduleGroup(id);
          parts[name] = (parts[name] ?? 0) + info.renderedLength;
        }
        out[item.fileName] = parts;
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/chunk-modules.json',
        source: JSON.stringify(out, null, 1),
      });
      if (process.env.SIGNOFF_BUNDLE_DETAIL) {
        const detail: Record<string, Record<string, number>> = {};
        for (const item of Object.values(bundle)) {
          if (item.type !== 'chunk') continue;
          detail[item.fileName] = Object.fromEntries(
            Object.entries(item.modules).map(([id, info]) => [id, info.renderedLength]),
          );
        }
        this.emitFile({
          type: 'asset',
          fileName: '.vite/module-detail.json',
          source: JSON.stringify(detail, null, 1),
        });
        const importers: Record<string, string[]> = {};
        for (const id of this.getModuleIds()) importers[id] = [...(this.getModuleInfo(id)?.importers ?? [])];
        this.emitFile({
          type: 'asset',
          fileName: '.vite/module-importers.json',
          source: JSON.stringify(importers, null, 1),
        });
      }
    },
  };
}

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Writes `x.js.br` and `x.js.gz` beside every script and style sheet: the server sends those as they
 * are (@fastify/static `preCompressed`), so a phone gets brotli at its best setting and the server
 * spends no time compressing the same file again for every visitor.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'signoff-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const assets = join(outDir, 'assets');
      const files = (await readdir(assets)).filter((f) => /\.(js|css|svg)$/.test(f));
      await Promise.all(
        files.map(async (f) => {
          const body = await readFile(join(assets, f));
          if (body.length < 1024) return;
          const [br, gzipped] = await Promise.all([
            brotli(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            }),
            gz(body, { level: 9 }),
          ]);
          await Promise.all([
            writeFile(join(assets, `${f}.br`), br),
            writeFile(join(assets, `${f}.gz`), gzipped),
          ]);
        }),
      );
    },
  };
}

// The pages a first visit can land on, by address (as in src/router.tsx). Their code is fetched
// while the entry still downloads, instead of after the entry has run and asked for it: on a phone that
// is a round trip plus the entry's start-up (≈0.3–0.6 s at 4× CPU) off every first page.
const FIRST_PAGES: { path: string; module: string }[] = [
  { path: '^/login/?$', module: 'src/pages/LoginPage.tsx' },
  { path: '^/apply/[^/]+/?$', module: 'src/pages/FillFormPage.tsx' },
  { path: '^/requests/[^/]+/?$', module: 'src/pages/RequestDetailPage.tsx' },
  { path: '^/requests/?$', module: 'src/pages/MyRequestsPage.tsx' },
  { path: '^/inbox/?$', module: 'src/desk/inbox/ApprovalCentrePage.tsx' },
  { path: '^/?$', module: 'src/desk/start/StartPage.tsx' },
];

/**
 * Adds to index.html a tiny script (external: the server's CSP allows no inline script) that, for the
 * address being opened, inserts `modulepreload` links for the page's chunk and the chunks it imports
 * statically, and its style sheets, leaving out what index.html already loads.
 */
function routePreload(): Plugin {
  return {
    name: 'signoff-route-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (start: string[]): Set<string> => {
        const seen = new Set<string>();
        const walk = (file: string) => {
          if (seen.has(file)) return;
          seen.add(file);
          for (const next of byFile.get(file)?.imports ?? []) walk(next);
        };
        start.forEach(walk);
        return seen;
      };
      const html = bundle['index.html'];
      const entry = chunks.find((c) => c.isEntry);
      if (!html || html.type !== 'asset' || !entry) return;
      const loaded = closure([entry.fileName]);
      const routes = FIRST_PAGES.map(({ path, module }) => {
        const page = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/${module}`));
        if (!page)
          this.error(`${module} is no chunk of its own any more: update FIRST_PAGES in vite.config.ts`);
        const files = [...closure([page.fileName])].filter((f) => !loaded.has(f));
        const css = files.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
        return [path, files.map((f) => `/${f}`), css.map((f) => `/${f}`)];
      });
      const source =
        `const r=${JSON.stringify(routes)};` +
        'for(const[p,js,css]of r)if(new RegExp(p).test(location.pathname)){' +
        "for(const h of js){const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.append(l)}" +
        "for(const h of css){const l=document.createElement('link');l.rel='stylesheet';l.crossOrigin='';l.href=h;document.head.append(l)}" +
        'break}\n';
      const name = `assets/route-preload-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName: name, source });
      // async: it runs the moment it arrives, not after the document and the entry's imports
      const tag = `<script type="module" async crossorigin src="/${name}"></script>`;
      html.source = String(html.source).replace(/(<script type="module")/, `${tag}\n    $1`);
    },
  };
}

/** `antd`, `@rc-component/picker`, `packages/schema`, or `src/form-renderer` for the web app's own folders. */
function moduleGroup(id: string): string {
  const clean = id.replace(/\?.*$/, '').replace(/\\/g, '/');
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = clean.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? clean);
  }
  const own = /\/(apps|packages)\/([^/]+)\/src\/(.*)$/.exec(clean);
  if (own) {
    if (own[1] !== 'apps' || own[2] !== 'web') return `${own[1]}/${own[2]}`;
    const rest = (own[3] ?? '').split('/');
    return rest.length > 1 ? `src/${rest[0]}` : `src/${own[3]}`;
  }
  return clean.replace(/^\0/, '');
}

export default defineConfig(({ command }) => ({
  plugins: [react(), chunkModules(), routePreload(), precompress()],
  resolve: {
    // react-router's package exports point every bundler at its development build (dev warnings,
    // unminified names); a production build takes the production one it ships beside it.
    alias:
      command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : [],
  },
  server: {
    proxy: { '/trpc': 'http://127.0.0.1:3000' },
  },
  preview: {
    proxy: { '/trpc': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // the size check walks it to find what a first visit of a page loads
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: { moduleSideEffects: SIDE_EFFECT_FREE },
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
      },
    },
  },
}));
