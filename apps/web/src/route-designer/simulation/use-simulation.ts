import { useMemo } from 'react';
import type { FlowDefinition } from '@signoff/flow';
import type { OrgSnapshot } from '@signoff/org';
import { useSettledValue } from '../../form-designer/page/use-settled-value';
import { runSimulation, type SimulationOutcome } from './run-simulation';
import { withApplicant, type SimulationApplicant } from './simulation-org';

/** Typing pauses this long before the route is walked again: a run is cheap, the lit canvas redrawing is not. */
const SETTLE_MS = 250;

export interface SimulationRun {
  /** the inputs the outcome was worked out from, which a saved case records */
  applicant: SimulationApplicant;
  form: Record<string, unknown>;
  outcome: SimulationOutcome;
}

export type SimulationState =
  { state: 'noApplicant' } | { state: 'applicantGone' } | ({ state: 'ran' } & SimulationRun);

/** The draft route walked for the chosen applicant and sample data, again whenever either settles after a change. */
export function useSimulation(args: {
  flow: FlowDefinition;
  templateKey: string;
  org: OrgSnapshot | undefined;
  applicant: SimulationApplicant | null;
  form: Record<string, unknown>;
  hypotheticalName: string;
}): SimulationState | null {
  const { flow, org, applicant, form, templateKey, hypotheticalName } = args;
  const inputs = useMemo(() => ({ flow, org, applicant, form }), [flow, org, applicant, form]);
  const settled = useSettledValue(inputs, SETTLE_MS);
  return useMemo((): SimulationState | null => {
    if (!settled.org) return null;
    if (!settled.applicant) return { state: 'noApplicant' };
    const placed = withApplicant(settled.org, settled.applicant, hypotheticalName);
    if (!placed) return { state: 'applicantGone' };
    const outcome = runSimulation({
      flow: settled.flow,
      org: placed.org,
      applicantId: placed.applicantId,
      form: settled.form,
      templateKey,
      now: new Date().toISOString(),
    });
    return { state: 'ran', applicant: settled.applicant, form: settled.form, outcome };
  }, [settled, templateKey, hypotheticalName]);
}
