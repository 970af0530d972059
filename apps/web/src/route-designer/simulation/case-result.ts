import type { FlowDefinition } from '@signoff/flow';
import type { OrgSnapshot } from '@signoff/org';
import type { Localized } from '@signoff/schema';
import type { RouterOutputs } from '../../api/trpc';
import { caseDifferences } from './case-differences';
import { runSimulation } from './run-simulation';
import { HYPOTHETICAL_APPLICANT_ID, withApplicant } from './simulation-org';

/** A test case as the server keeps it. */
export type SavedCase = RouterOutputs['simulationCases']['list'][number];

/** How a saved case fares against the route as drawn now; `differences` in the reader's language. */
export interface CaseResult {
  caseId: string;
  name: string;
  passed: boolean;
  differences: string[];
}

/** One case re-run against the draft route: its differences in both languages, empty when it passes. */
export function caseOutcome(
  c: SavedCase,
  ctx: { flow: FlowDefinition; org: OrgSnapshot; templateKey: string; now: string; hypotheticalName: string },
): Localized[] {
  const placed = withApplicant(ctx.org, c.applicant, ctx.hypotheticalName);
  if (!placed) {
    const who = 'userId' in c.applicant ? c.applicant.userId : c.applicant.departmentId;
    return [
      {
        zh: `用例的申请人（${who}）已不在组织中`,
        en: `The case's applicant (${who}) is no longer in the org`,
      },
    ];
  }
  const run = runSimulation({
    flow: ctx.flow,
    org: placed.org,
    applicantId: placed.applicantId,
    form: c.formData,
    templateKey: ctx.templateKey,
    now: ctx.now,
  });
  if (!run.ok) return [run.error];
  const nodes = new Map(ctx.flow.nodes.map((n) => [n.id, n.name]));
  const users = new Map(
    placed.org.users.map((u) => [u.id, u.id === HYPOTHETICAL_APPLICANT_ID ? ctx.hypotheticalName : u.name]),
  );
  return caseDifferences(c.expected, run.path.steps, {
    node: (id) => nodes.get(id),
    user: (id) => users.get(id) ?? id,
  });
}
