import { FlowError, simulatedPath, type FlowDefinition, type SimulatedPath } from '@signoff/flow';
import { applicantFacts, OrgError, rankNames, resolveApprovers, type OrgSnapshot } from '@signoff/org';
import type { Localized } from '@signoff/schema';

export type SimulationOutcome = { ok: true; path: SimulatedPath } | { ok: false; error: Localized };

/**
 * Runs the engine's simulator in the browser on the draft route, bound to the org the way the
 * server's `engineEnv` binds it, so the designer sees what a submitted request would do. A route
 * the walk cannot follow (a dead end, a loop, a branch with no way out) comes back as its message.
 */
export function runSimulation(args: {
  flow: FlowDefinition;
  org: OrgSnapshot;
  applicantId: string;
  form: Record<string, unknown>;
  templateKey: string;
  /** ISO instant: delegations are in force by time */
  now: string;
}): SimulationOutcome {
  const { org, applicantId, form, templateKey, now } = args;
  try {
    const path = simulatedPath(args.flow, {
      now,
      newId: () => {
        throw new Error('a simulation creates nothing');
      },
      resolve: (expression, previousApproverIds, options) =>
        resolveApprovers({
          org,
          expression,
          applicantId,
          form,
          previousApproverIds,
          templateKey,
          now,
          ...(options ? { options } : {}),
        }),
      conditions: { form, applicant: applicantFacts(org, applicantId), ranks: rankNames(org) },
    });
    return { ok: true, path };
  } catch (e) {
    if (e instanceof FlowError || e instanceof OrgError) return { ok: false, error: e.localized };
    // a half-drawn route can fail in ways the engine has no message for; the panel must not crash
    const text = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: { zh: `路线无法计算（${text}）`, en: `The route could not be worked out (${text})` },
    };
  }
}
