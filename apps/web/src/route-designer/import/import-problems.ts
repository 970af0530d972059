import { validateFlow } from '@signoff/flow';
import type { FormField } from '@signoff/schema';
import type { RouteOrg } from '../settings/route-org';
import type { FlowDefinition, FlowProblem } from '../settings/route-types';
import { orgReferenceProblems } from './org-reference-problems';

/**
 * What the designer will mark on an imported route: the route's own problems (cycles, dangling
 * edges, dead ends… as validateFlow finds them on the form's fields and the tenant's ranks) and the
 * names the org does not have. Without the org, only the first.
 */
export function importProblems(
  flow: FlowDefinition,
  ctx: { fields?: readonly FormField[] | undefined; org?: RouteOrg | undefined },
): FlowProblem[] {
  const { fields, org } = ctx;
  const own = validateFlow(flow, {
    ...(fields && { fields }),
    ...(org && { ranks: org.ranks.map((r) => r.name) }),
  });
  return org ? [...own, ...orgReferenceProblems(flow, org)] : own;
}
