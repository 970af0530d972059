import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { createApiDeps, exportTemplateIn, importCatalogAs } from '@signoff/api';
import { describeProblem, describeTemplate, type TemplateFile } from '@signoff/catalog';
import { listCatalogs, loadCatalog } from '@signoff/catalog/node';
import { routeToBpmn } from '@signoff/bpmn';
import { layoutRoute } from '@signoff/designer';
import {
  findTenantByCode,
  listPublishedTemplates,
  migrate,
  openDatabase,
  withAppRole,
  withTenant,
  type Database,
} from '@signoff/db';

const dataDirOption = [
  '--data-dir <dir>',
  'where the embedded database keeps its files (ignored with DATABASE_URL)',
  './data/pglite',
] as const;
const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
const langOf = (lang: string) => (lang === 'en' ? 'en' : 'zh');

async function withDb<T>(dataDir: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function tenantIdOf(db: Database, code: string): Promise<string> {
  const tenant = await withAppRole(db, (tx) => findTenantByCode(tx, code));
  if (!tenant) throw new Error(`没有企业代码为「${code}」的企业 / no company with the code "${code}"`);
  return tenant.id;
}

async function checkedCatalog(codeOrDir: string) {
  const loaded = await loadCatalog(codeOrDir);
  if (!loaded.ok) {
    for (const p of loaded.problems)
      process.stderr.write(`${describeProblem(p).zh}\n  ${describeProblem(p).en}\n`);
    throw new Error(
      `${loaded.problems.length} problem(s) in the catalog / 模板目录有 ${loaded.problems.length} 个问题`,
    );
  }
  return loaded.catalog;
}

/**
 * The route as the engine runs it: a template file keeps its time limits beside the route, the
 * engine (and so the BPMN file) reads them on the nodes.
 */
function runnableRoute(t: TemplateFile): TemplateFile['route'] {
  const limits = t.timeLimits ?? {};
  const nodes = t.route.nodes.map((n): TemplateFile['route']['nodes'][number] => {
    const hours = limits[n.id];
    return hours !== undefined && (n.type === 'approve' || n.type === 'handle')
      ? { ...n, timeLimitHours: hours }
      : n;
  });
  return { ...t.route, nodes };
}

/** The route as BPMN, drawn where the route designer draws it (elkjs, top to bottom). */
async function bpmnOf(t: TemplateFile, lang: string): Promise<string> {
  const route = runnableRoute(t);
  return routeToBpmn(route, { name: t.title, lang: langOf(lang), diagram: await layoutRoute(route) });
}

/** `signoff catalog list|show|export|import`: the starter catalogs from a terminal. */
export function registerCatalogCommands(program: Command): void {
  const catalog = program
    .command('catalog')
    .description("starter catalogs: list, show, export a tenant's templates, import into a tenant");

  catalog
    .command('list')
    .description('the catalogs in templates/ with their flows')
    .option('--json', 'print JSON')
    .action(async (f: { json?: boolean }) => {
      const list = await listCatalogs();
      if (f.json) return out(JSON.stringify(list, null, 2));
      for (const c of list) {
        if (!('flows' in c)) {
          out(`${c.code}  ✗ ${c.problems.length} problem(s)`);
          continue;
        }
        out(`${c.code}  ${c.title.zh} / ${c.title.en}  (${c.flows.length} flows, demo org ${c.demoOrg})`);
        for (const fl of c.flows)
          out(
            `  ${String(fl.seedNumber ?? '').padStart(2)}. ${(fl.seedTitle ?? fl.title.zh).padEnd(16, '　')} ${fl.key}`,
          );
      }
    });

  catalog
    .command('show <catalog> [flow]')
    .description(
      "a catalog's flows, or one flow (by seed title or key): fields, route, categories, requirements",
    )
    .option('--json', 'print the template file')
    .option('--bpmn', "print the flow's route as BPMN 2.0 XML (with diagram and signoff: extensions)")
    .option('--lang <lang>', 'zh or en', 'zh')
    .action(
      async (code: string, flow: string | undefined, f: { json?: boolean; bpmn?: boolean; lang: string }) => {
        const c = await checkedCatalog(code);
        if (flow === undefined) {
          if (f.bpmn)
            throw new Error(
              '--bpmn 需要指定一个流程 / --bpmn needs a flow: signoff catalog show <catalog> <flow> --bpmn',
            );
          if (f.json) return out(JSON.stringify(c.manifest, null, 2));
          out(`${c.manifest.title[langOf(f.lang)]} (${c.manifest.code})`);
          for (const { file } of c.templates)
            out(
              `  ${String(file.seed?.number ?? '').padStart(2)}. ${file.title[langOf(f.lang)]}  ${file.key}`,
            );
          return;
        }
        const t = c.templates
          .map((x) => x.file)
          .find((x) => x.key === flow || x.seed?.title === flow || x.title.zh === flow);
        if (!t)
          throw new Error(
            `目录「${code}」中没有流程「${flow}」 / the catalog "${code}" has no flow "${flow}"`,
          );
        if (f.bpmn) return out(await bpmnOf(t, f.lang));
        out(f.json ? JSON.stringify(t, null, 2) : describeTemplate(t, langOf(f.lang)));
      },
    );

  catalog
    .command('export')
    .description(
      "a tenant's published templates as template files (or with --bpmn as BPMN 2.0 routes): printed, or with --out a folder",
    )
    .requiredOption('--tenant <code>', 'company code')
    .option('--flow <key...>', 'template keys (all when absent)')
    .option(
      '--out <dir>',
      'write NN-<key>.json and catalog.json (with --bpmn: NN-<key>.bpmn) into this folder',
    )
    .option('--bpmn', 'the routes as BPMN 2.0 XML with diagram interchange, for bpmn-js or Camunda Modeler')
    .option(
      '--lang <lang>',
      'with --bpmn: the language of names in the BPMN file, zh or en (both are kept in its extensions)',
      'zh',
    )
    .option(...dataDirOption)
    .action(
      async (f: {
        tenant: string;
        flow?: string[];
        out?: string;
        bpmn?: boolean;
        lang: string;
        dataDir: string;
      }) => {
        const files = await withDb(f.dataDir, async (db) => {
          const tenantId = await tenantIdOf(db, f.tenant);
          const keys =
            f.flow ??
            (await withTenant(db, tenantId, (tx) => listPublishedTemplates(tx, tenantId))).map((t) => t.key);
          const exported: TemplateFile[] = [];
          for (const key of keys)
            exported.push(await withTenant(db, tenantId, (tx) => exportTemplateIn(tx, tenantId, key)));
          // templates that came from a catalog keep the seed's order; the rest follow by key
          const order = (t: TemplateFile) =>
            [t.seed?.document ?? '~', t.seed?.part ?? 0, t.seed?.number ?? 0] as const;
          return exported.sort((a, b) => {
            const [x, y] = [order(a), order(b)];
            return x[0].localeCompare(y[0]) || x[1] - y[1] || x[2] - y[2] || a.key.localeCompare(b.key);
          });
        });
        if (f.bpmn) return exportBpmn(files, f.out, f.lang);
        if (!f.out) return out(JSON.stringify(files.length === 1 ? files[0] : files, null, 2));
        await mkdir(f.out, { recursive: true });
        const names = files.map((t, i) => `${String(i + 1).padStart(2, '0')}-${t.key}.json`);
        for (const [i, t] of files.entries())
          await writeFile(join(f.out, names[i] ?? `${t.key}.json`), `${JSON.stringify(t, null, 2)}\n`);
        const manifest = {
          formatVersion: 1,
          code: f.tenant
            .toLowerCase()
            .replace(/[^a-z0-9-]/g, '-')
            .replace(/^[^a-z]+/, 'c'),
          title: { zh: `${f.tenant} 的模板`, en: `Templates of ${f.tenant}` },
          demoOrg: { name: f.tenant },
          source: `exported from tenant ${f.tenant}`,
          flows: names,
        };
        await writeFile(join(f.out, 'catalog.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        out(`exported ${files.length} template(s) to ${f.out} / 已导出 ${files.length} 个模板`);
      },
    );

  async function exportBpmn(files: TemplateFile[], dir: string | undefined, lang: string): Promise<void> {
    if (!dir) {
      const [only] = files;
      if (files.length !== 1 || !only) {
        throw new Error(
          `有 ${files.length} 个流程：打印 BPMN 只能一次一个，请用 --flow 选一个或用 --out 写入文件夹 / ${files.length} flows: BPMN is printed one flow at a time; pick one with --flow or write them all with --out`,
        );
      }
      return out(await bpmnOf(only, lang));
    }
    // every route is converted before anything is written, so a broken one leaves no half-written folder
    const xmls = await Promise.all(files.map((t) => bpmnOf(t, lang)));
    await mkdir(dir, { recursive: true });
    for (const [i, t] of files.entries())
      await writeFile(join(dir, `${String(i + 1).padStart(2, '0')}-${t.key}.bpmn`), xmls[i] ?? '');
    out(`exported ${files.length} route(s) as BPMN to ${dir} / 已导出 ${files.length} 个流程的 BPMN`);
  }

  catalog
    .command('import <catalog>')
    .description(
      'import a catalog (code in templates/ or a folder) into a tenant: checks everything first, changes nothing on any problem',
    )
    .requiredOption('--tenant <code>', 'company code')
    .option('--flows <list>', 'comma-separated template keys or seed titles (all when absent)')
    .option('--create-missing', 'create the departments, positions and ranks the company lacks')
    .option('--dry-run', 'check and plan only; write nothing')
    .option('--json', 'print the result as JSON')
    .option(...dataDirOption)
    .action(
      async (
        code: string,
        f: {
          tenant: string;
          flows?: string;
          createMissing?: boolean;
          dryRun?: boolean;
          json?: boolean;
          dataDir: string;
        },
      ) => {
        const c = await checkedCatalog(code);
        const result = await withDb(f.dataDir, async (db) => {
          const tenantId = await tenantIdOf(db, f.tenant);
          const flows = f.flows
            ?.split(',')
            .map((x) => x.trim())
            .filter(Boolean);
          return importCatalogAs(
            createApiDeps(db),
            { tenantId, userId: null },
            {
              catalog: c,
              ...(flows ? { flows } : {}),
              createMissing: f.createMissing === true,
              dryRun: f.dryRun === true,
            },
          );
        });
        if (f.json) return out(JSON.stringify(result, null, 2));
        out(`${result.dryRun ? '[dry run / 仅检查] ' : ''}${result.catalog} → ${f.tenant}`);
        for (const [what, names] of Object.entries(result.created))
          if (names.length > 0) out(`  created ${what}: ${names.join('、')}`);
        for (const w of result.plan.warnings) out(`  ! ${w.zh} / ${w.en}`);
        for (const t of result.templates)
          out(`  ${t.status.padEnd(9)} ${t.key}${t.version ? ` v${t.version}` : ''}  ${t.title.zh}`);
      },
    );
}
