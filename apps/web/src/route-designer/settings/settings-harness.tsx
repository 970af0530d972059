import { useState } from 'react';
import { applyRouteCommand, routeIdSource } from '@signoff/designer';
import { EdgeSettingsPanel } from './EdgeSettingsPanel';
import { NodeSettingsPanel } from './NodeSettingsPanel';
import type { FlowDefinition, FlowProblem, RouteCommand } from './route-types';
import { testFields, testFlow, testOrg } from './test-route';

/**
 * A settings panel over a route kept in state through the real route core, as the designer page
 * keeps it, so a test sees both the command sent and the panel redrawn from its result.
 */
export function SettingsHarness(props: {
  select: { nodeId: string } | { edgeId: string };
  onCommand: (cmd: RouteCommand) => void;
  problems?: readonly FlowProblem[];
  flow?: FlowDefinition;
}) {
  const [flow, setFlow] = useState(props.flow ?? testFlow);
  const dispatch = (cmd: RouteCommand) => {
    props.onCommand(cmd);
    const result = applyRouteCommand(flow, cmd, { newId: routeIdSource(flow) });
    if (result.ok) setFlow(result.flow);
  };
  const common = { flow, fields: testFields, org: testOrg, problems: props.problems ?? [], dispatch };
  return 'nodeId' in props.select ? (
    <NodeSettingsPanel {...common} nodeId={props.select.nodeId} />
  ) : (
    <EdgeSettingsPanel {...common} edgeId={props.select.edgeId} />
  );
}
