import { validateFlow } from '@signoff/flow';
import { parseRouteText } from './parse-route-text.js';
import { scenariosOf, simulateScenario, type Scenario, type SeedFlow } from './test-seed-catalogs.js';

export type Verdict = 'exact' | 'unplaced' | 'wrong';

export interface MeasuredFlow {
  catalog: string;
  file: string;
  title: string;
  verdict: Verdict;
  /** scenarios where the draft and the hand-written route take the same steps */
  same: number;
  scenarios: number;
  unplaced: string[];
  /** the first scenario that differs, both routes shown */
  difference?: string;
  problems: string[];
  /** the route has an exclusive branch read from the text (not only the 部门经理 check) */
  branched: boolean;
}

const show = (steps: string[][]) =>
  steps.map((s) => `${s[0]}:${s.slice(1).join('+')}`).join(' → ') || '(none)';
const who = (s: Scenario) => s.position ?? `${s.dept ?? '?'}/${s.rank ?? '?'}`;

/**
 * The figure: each seed line parsed against its catalog's org and form, the draft and the
 * hand-written route simulated over the catalog's scenarios for that flow. `exact`: every scenario
 * takes the same steps and nothing is unplaced; `unplaced`: words were reported unplaced (the
 * officer is told what to fix), whether or not the scenarios agree; `wrong`: a scenario differs
 * though nothing was reported.
 */
export function measureSeedRoutes(flows: readonly SeedFlow[], all: readonly Scenario[]): MeasuredFlow[] {
  return flows.map((flow) => {
    const result = parseRouteText(flow.text, { org: flow.org, form: flow.form });
    const scenarios = scenariosOf(flow, all);
    let same = 0;
    let difference: string | undefined;
    for (const s of scenarios) {
      const draft = simulateScenario(result.flow, flow, s);
      const hand = simulateScenario(flow.route, flow, s);
      if (JSON.stringify(draft) === JSON.stringify(hand)) same++;
      else
        difference ??= `${who(s)} ${JSON.stringify(s.data)}: hand-written ${show(hand)}; draft ${show(draft)}`;
    }
    const unplaced = result.unplaced.map((u) => `${u.text} (${u.reason.code})`);
    const verdict: Verdict = unplaced.length > 0 ? 'unplaced' : same === scenarios.length ? 'exact' : 'wrong';
    const problems = validateFlow(result.flow, {
      fields: flow.form.fields,
      ranks: flow.org.ranks.map((r) => r.name),
    }).map((p) => p.message.en);
    return {
      catalog: flow.catalog,
      file: flow.file,
      title: flow.title,
      verdict,
      same,
      scenarios: scenarios.length,
      unplaced,
      ...(difference ? { difference } : {}),
      problems,
      branched: result.branches.length > 0 || result.steps.some((x) => x.when !== undefined),
    };
  });
}
