import { readdirSync, readFileSync } from 'node:fs';
import { simulateRoute, type FlowDefinition } from '@signoff/flow';
import {
  applicantFacts,
  holderOf,
  rankNames,
  resolveApprovers,
  type OrgSnapshot,
  type OrgUser,
} from '@signoff/org';
import { realEstateDemoOrg, smallCompanyDemoOrg } from '@signoff/org/demo';
import type { FormModel } from '@signoff/schema';

// Test and measurement fixtures only: the parser itself does no I/O.
const TEMPLATES = new URL('../../../templates/', import.meta.url);

export interface SeedFlow {
  catalog: string;
  file: string;
  key: string;
  /** the seed's title (请休假管理), as scenarios name flows */
  title: string;
  text: string;
  form: FormModel;
  route: FlowDefinition;
  applicant?: { department?: string; rank?: string };
  org: OrgSnapshot;
}

export interface Scenario {
  catalog: string;
  flow: string;
  dept?: string;
  rank?: string;
  position?: string;
  data: Record<string, unknown>;
  expect: [string, ...string[]][];
}

const ORGS: Record<string, () => OrgSnapshot> = {
  'real-estate': realEstateDemoOrg,
  'small-company': smallCompanyDemoOrg,
};
export const CATALOGS = Object.keys(ORGS);

export const catalogOrg = (catalog: string): OrgSnapshot => {
  const make = ORGS[catalog];
  if (!make) throw new Error(`no catalog ${catalog}`);
  return make();
};

const json = <T>(url: URL): T => JSON.parse(readFileSync(url, 'utf8')) as T;

/** The 31 template files of both catalogs with their seed line, form, hand-written route and demo org. */
export function seedFlows(): SeedFlow[] {
  return CATALOGS.flatMap((catalog) => {
    const org = catalogOrg(catalog);
    const dir = new URL(`${catalog}/`, TEMPLATES);
    return readdirSync(dir)
      .filter((f) => /^\d\d-.+\.json$/.test(f))
      .sort()
      .map((file) => {
        const t = json<{
          key: string;
          title: { zh: string };
          seed: { title: string; text: string };
          form: FormModel;
          route: FlowDefinition;
          applicant?: SeedFlow['applicant'];
        }>(new URL(file, dir));
        return {
          catalog,
          file,
          key: t.key,
          title: t.seed.title,
          text: t.seed.text,
          form: t.form,
          route: t.route,
          ...(t.applicant ? { applicant: t.applicant } : {}),
          org,
        };
      });
  });
}

/** Each catalog's own scenarios and the public acceptance examples. */
export function seedScenarios(): Scenario[] {
  return [
    ...json<Scenario[]>(new URL('acceptance/routes.public.json', TEMPLATES)),
    ...CATALOGS.flatMap((c) => json<Scenario[]>(new URL(`${c}/scenarios.json`, TEMPLATES))),
  ];
}

export const scenariosOf = (flow: SeedFlow, all: readonly Scenario[]): Scenario[] =>
  all.filter((s) => s.catalog === flow.catalog && (s.flow === flow.title || s.flow === flow.key));

/** The applicant a scenario describes, as `signoff simulate` builds it: a position's holder, or a new member of a department. */
function applicantFor(
  org: OrgSnapshot,
  s: Scenario,
  typical: SeedFlow['applicant'],
): { org: OrgSnapshot; applicant: OrgUser } {
  if (s.position !== undefined) {
    const holder = holderOf(org, s.position);
    if (!holder) throw new Error(`nobody holds ${s.position}`);
    return { org, applicant: holder };
  }
  const name = s.dept ?? typical?.department;
  const dept = org.departments.find((d) => d.name === name || d.code === name);
  const ranks = [...org.ranks].sort((a, b) => a.order - b.order);
  const rankName = s.rank ?? (s.dept === undefined ? typical?.rank : undefined);
  const rank = rankName === undefined ? ranks[0] : ranks.find((r) => r.name === rankName);
  if (!dept || !rank) throw new Error(`bad applicant ${JSON.stringify(s)}`);
  const applicant: OrgUser = {
    id: 'simulated-applicant',
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

/** Form data by field key from a scenario's labels and option labels. */
function formData(form: FormModel, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const field = form.fields.find((f) => f.key === name || f.label.zh === name);
    if (!field) throw new Error(`no field ${name} in ${form.key}`);
    const option = field.options?.find((o) => o.value === value || o.label.zh === value);
    out[field.key] = option ? option.value : value;
  }
  return out;
}

/** The steps a scenario's request takes on `route`, skipped ones left out: [kind, ...positions sorted]. */
export function simulateScenario(route: FlowDefinition, flow: SeedFlow, s: Scenario): string[][] {
  const { org, applicant } = applicantFor(flow.org, s, flow.applicant);
  const form = formData(flow.form, s.data);
  const now = '2026-11-24T02:00:00.000Z';
  let n = 0;
  const steps = simulateRoute(route, {
    now,
    newId: () => `sim-${++n}`,
    // as the API's engineEnv binds it: the step's own skip rules passed on when it has them
    resolve: (expression, previousApproverIds, ...options) =>
      resolveApprovers({
        org,
        expression,
        applicantId: applicant.id,
        form,
        previousApproverIds,
        templateKey: flow.key,
        now,
        ...(options[0] ? { options: options[0] } : {}),
      }),
    conditions: { form, applicant: applicantFacts(org, applicant.id), ranks: rankNames(org) },
  });
  return steps.filter((x) => !x.skipped).map((x) => [x.kind, ...[...x.positions].sort()]);
}
