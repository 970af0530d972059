import {
  listPublishedTemplates,
  loadOrgSnapshot,
  migrate,
  openDatabase,
  withTenant,
  type Database,
  type TemplateVersionRow,
} from '@signoff/db';
import { simulateRoute, type FlowDefinition } from '@signoff/flow';
import { holderOf, type OrgSnapshot, type OrgUser } from '@signoff/org';
import type { FormModel, Locale } from '@signoff/schema';
import { toAppErrorData } from '../trpc/app-error.js';
import { engineEnv } from '../instances/engine-env.js';
import { CATALOG_DEMO_ORGS } from './catalog-demo-org.js';
import { resolveCatalog } from './import-catalog.js';
import { describeProblem } from './catalog-problem.js';
import { scenarioFormData } from './scenario-form-data.js';
import { createCatalogTenant } from './seed-catalog-tenants.js';
import {
  parseScenario,
  simulationError,
  type SimulationResult,
  type SimulationScenario,
} from './simulation-scenario.js';
import type { Catalog, TemplateFile } from './template-file.js';

/** A catalog imported into the simulator's database, with what every scenario reads cached. */
interface LoadedTenant {
  catalog: Catalog;
  org: OrgSnapshot;
  templates: Map<string, TemplateVersionRow>;
}

export interface CatalogSimulator {
  /** one scenario; throws an AppError whose message says what is wrong with it */
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

const APPLICANT_ID = 'simulated-applicant';

/** The applicant the scenario describes, added to (a copy of) the org when hypothetical. */
function applicantFor(
  org: OrgSnapshot,
  s: SimulationScenario,
  typical: TemplateFile['applicant'],
): { org: OrgSnapshot; applicant: OrgUser } {
  if (s.position !== undefined) {
    if (!org.positions.some((p) => p.name === s.position)) {
      throw simulationError({
        zh: `示例组织中没有岗位「${s.position}」`,
        en: `The demo org has no position "${s.position}"`,
      });
    }
    const holder = holderOf(org, s.position);
    if (!holder)
      throw simulationError({
        zh: `示例组织中没有人担任「${s.position}」`,
        en: `Nobody holds "${s.position}" in the demo org`,
      });
    return { org, applicant: holder };
  }
  const deptName = s.dept ?? typical?.department;
  if (deptName === undefined) {
    throw simulationError({
      zh: '请用 --dept（和 --rank）或 --position 给出申请人',
      en: 'Give the applicant with --dept (and --rank) or --position',
    });
  }
  const dept = org.departments.find((d) => d.name === deptName || d.code === deptName);
  if (!dept) {
    throw simulationError({
      zh: `示例组织中没有部门「${deptName}」（部门：${org.departments.map((d) => d.name).join('、')}）`,
      en: `The demo org has no department "${deptName}" (departments: ${org.departments.map((d) => d.name).join(', ')})`,
    });
  }
  const ranks = [...org.ranks].sort((a, b) => a.order - b.order);
  const rankName = s.rank ?? (s.dept === undefined ? typical?.rank : undefined);
  const rank = rankName === undefined ? ranks[0] : ranks.find((r) => r.name === rankName);
  if (!rank) {
    throw simulationError({
      zh: `示例组织中没有职级「${String(rankName)}」（职级：${ranks.map((r) => r.name).join('、')}）`,
      en: `The demo org has no rank "${String(rankName)}" (ranks: ${ranks.map((r) => r.name).join(', ')})`,
    });
  }
  const applicant: OrgUser = {
    id: APPLICANT_ID,
    name: '申请人',
    departmentId: dept.id,
    secondaryDepartmentIds: [],
    rankId: rank.id,
    positionIds: [],
    roles: [],
    active: true,
  };
  return { org: { ...org, users: [...org.users, applicant] }, applicant };
}

function findTemplate(loaded: LoadedTenant, flow: string): TemplateFile {
  const all = loaded.catalog.templates.map((t) => t.file);
  const t =
    all.find((x) => x.key === flow) ??
    all.find((x) => x.seed?.title === flow) ??
    all.find((x) => x.title.zh === flow || x.title.en === flow);
  if (!t) {
    throw simulationError({
      zh: `目录「${loaded.catalog.manifest.code}」中没有流程「${flow}」（流程：${all.map((x) => x.seed?.title ?? x.title.zh).join('、')}）`,
      en: `The catalog "${loaded.catalog.manifest.code}" has no flow "${flow}" (flows: ${all.map((x) => x.key).join(', ')})`,
    });
  }
  return t;
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
    const template = findTemplate(loaded, s.flow);
    const published = loaded.templates.get(template.key);
    if (!published)
      throw simulationError({
        zh: `流程「${template.key}」未发布`,
        en: `The flow "${template.key}" is not published`,
      });
    const form = scenarioFormData(published.formModel as FormModel, s.data ?? {});
    const { org, applicant } = applicantFor(loaded.org, s, template.applicant);
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
