import { advanceRoute } from './advance-route.js';
import type { EngineEnv } from './engine-env.js';
import type { FlowDefinition } from './flow-definition.js';
import type { FlowEffect } from './flow-effect.js';
import { FlowError } from './flow-error.js';
import { findStart, indexFlow } from './flow-graph.js';
import { emit, emptyDraft } from './instance-draft.js';
import type { InstanceState } from './instance-state.js';
import { validateFlow } from './validate-flow.js';

/**
 * Submits a request: records the submission and walks the route to its first approver (or
 * straight to the end, when every step is skipped). Refuses a route that would not publish,
 * so a bad definition fails here rather than halfway through someone's request.
 */
export function startInstance(
  def: FlowDefinition,
  env: EngineEnv,
  input: { applicantId: string },
): { state: InstanceState; effects: FlowEffect[] } {
  const problems = validateFlow(def);
  if (problems.length > 0) {
    const first = problems[0]?.message ?? { zh: '', en: '' };
    throw new FlowError(
      'invalid_flow',
      { zh: `流程定义有误：${first.zh}`, en: `The route is invalid: ${first.en}` },
      problems,
    );
  }
  const graph = indexFlow(def);
  const start = findStart(graph);
  const draft = emptyDraft(env, input.applicantId);
  emit(draft, { type: 'submitted', nodeId: start.id, actorId: input.applicantId });
  advanceRoute(draft, graph, { from: start.id });
  return { state: draft.state, effects: draft.effects };
}
