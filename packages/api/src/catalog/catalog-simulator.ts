import {
  listPublishedTemplates,
  loadOrgSnapshot,
  migrate,
  openDatabase,
  withTenant,
  type Database,
  type TemplateVersionRow,
} from '@signoff/db';
import {
  describeProblem,
  parseScenario,
  scenarioApplicant,
  scenarioFormData,
  scenarioTemplate,
  simulationError,
  type Catalog,
  type SimulationResult,
} from '@signoff/catalog';
import { simulateRoute, type FlowDefinition } from '@signoff/flow';
import type { OrgSnapshot } from '@signoff/org';
import type { FormModel, Locale } from '@signoff/schema';
import { toAppErrorData } from '../trpc/app-error.js';
import { engineEnv } from '../instances/engine-env.js';
import { CATALOG_DEMO_ORGS } from './catalog-demo-org.js';
import { resolveCatalog } from './import-catalog.js';
import { createCatalogTenant } from './seed-catalog-tenants.js';

/** A catalog imported into the simulator's database, with what every scenario reads cached. */
interface LoadedTenant {
  catalog: Catalog;
  org: OrgSnapshot;
  templates: Map<string, TemplateVersionRow>;
}

export interface CatalogSimulator {
  /** one scenario; throws a CatalogError (or, for a broken catalog, an AppError) that says what is wrong with it */
  simulate(scenario: unknown): Promise<SimulationResult>;
  /** every scenario, in input order; a bad one becomes `{ error }` in its place */
  simulateBatch(scenarios: readonly unknown[]): Promise<(SimulationResult | { error: string })[]>;
  close(): Promise<void>;
}

export interface SimulatorOptions {
  /** language of step names, reasons and errors; errors also carry English when Chinese */
  lang?: Locale;
  /** a fixed instant keeps delegation windows (none in the demo orgs) and output reproducible */
  now?: Date;
}

/**
 * `signoff simulate` without a server: an in-memory PostgreSQL (PGlite) where each catalog is
 * imported into a fresh tenant with its demo org the first time a scenario names it, then each
 * scenario runs the engine's own simulator against the published route, with the applicant it
 * describes. Start-up costs about a second; each scenario then takes a few milliseconds.
 */
export async function createCatalogSimulator(options: SimulatorOptions = {}): Promise<CatalogSimulator> {
  const lang = options.lang ?? 'zh';
  const now = options.now ?? new Date();
  let counter = 0;
  const newId = () => `sim-${++counter}`;
  const deps = { clock: () => now, newId };
  let db: Promise<Database> | undefined;
  const database = () =>
    (db ??= (async () => {
      const opened = await openDatabase({ dataDir: 'memory' });
      await migrate(opened);
      return opened;
    })());
  const tenants = new Map<string, Promise<LoadedTenant>>();

  const load = (code: string): Promise<LoadedTenant> => {
    let loaded = tenants.get(code);
    if (!loaded) {
      loaded = (async () => {
        if (!CATALOG_DEMO_ORGS[code]) {
          throw simulationError({
            zh: `没有名为「${code}」的模板目录（可用：${Object.keys(CATALOG_DEMO_ORGS).join('、')}）`,
            en: `There is no catalog "${code}" (available: ${Object.keys(CATALOG_DEMO_ORGS).join(', ')})`,
          });
        }
        const catalog = await resolveCatalog(code);
        const store = await database();
        const { tenantId } = await createCatalogTenant(
          { ...deps, db: store },
          { catalog, tenantCode: `sim-${code}`, passwordHash: null },
        );
        return withTenant(store, tenantId, async (tx) => ({
          catalog,
          org: await loadOrgSnapshot(tx, tenantId),
          templates: new Map((await listPublishedTemplates(tx, tenantId)).map((t) => [t.key, t])),
        }));
      })();
      tenants.set(code, loaded);
    }
    return loaded;
  };

  const simulate = async (raw: unknown): Promise<SimulationResult> => {
    const s = parseScenario(raw);
    const loaded = await load(s.catalog);
    const template = scenarioTemplate(loaded.catalog, s.flow);
    const published = loaded.templates.get(template.key);
    if (!published)
      throw simulationError({
        zh: `流程「${template.key}」未发布`,
        en: `The flow "${template.key}" is not published`,
      });
    const form = scenarioFormData(published.formModel as FormModel, s.data ?? {});
    const { org, applicant } = scenarioApplicant(loaded.org, s, template.applicant);
    const env = engineEnv({ org, applicantId: applicant.id, form, templateKey: template.key, now, newId });
    const names = new Map(org.users.map((u) => [u.id, u.name]));
    const steps = simulateRoute(published.flow as FlowDefinition, env).map((step) => ({
      kind: step.kind,
      name: step.name[lang],
      positions: step.positions,
      users: step.userIds.map((id) => names.get(id) ?? id),
      reason: step.reason[lang],
      skipped: step.skipped,
    }));
    return { flow: template.seed?.title ?? template.title[lang], steps };
  };

  const message = (e: unknown): string => {
    const data = toAppErrorData(e);
    if (data.code === 'internal') return e instanceof Error ? e.message : String(e);
    const detail =
      data.fieldErrors
        ?.slice(0, 3)
        .map((f) => ({ zh: `${f.path}：${f.message.zh}`, en: `${f.path}: ${f.message.en}` })) ?? [];
    const zh = [data.message.zh, ...detail.map((d) => d.zh)].join('；');
    const en = [data.message.en, ...detail.map((d) => d.en)].join('; ');
    return lang === 'en' ? en : `${zh} / ${en}`;
  };

  // the database starts now, so start-up cost and any failure to open come before the first scenario
  await database();
  return {
    simulate,
    async simulateBatch(list) {
      const out: (SimulationResult | { error: string })[] = [];
      for (const raw of list) {
        try {
          out.push(await simulate(raw));
        } catch (e) {
          out.push({ error: message(e) });
        }
      }
      return out;
    },
    async close() {
      if (db) await (await db).close();
    },
  };
}

/** The text of an error from `simulate`, for a one-scenario command line. */
export function simulationErrorText(e: unknown, lang: Locale = 'zh'): string {
  const data = toAppErrorData(e);
  if (data.code === 'internal') return e instanceof Error ? e.message : String(e);
  const lines = [lang === 'en' ? data.message.en : `${data.message.zh} / ${data.message.en}`];
  for (const f of data.fieldErrors ?? [])
    lines.push(`  ${describeProblem({ file: f.path, path: '', message: f.message })[lang]}`);
  return lines.join('\n');
}
