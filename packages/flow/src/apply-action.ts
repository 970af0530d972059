import { addSigner } from './add-signer.js';
import { resubmit, withdraw } from './applicant-actions.js';
import type { EngineEnv } from './engine-env.js';
import type { FlowAction } from './flow-action.js';
import type { FlowDefinition } from './flow-definition.js';
import type { FlowEffect } from './flow-effect.js';
import { indexFlow } from './flow-graph.js';
import { addComment, cancelInstance } from './instance-actions.js';
import { draftOf } from './instance-draft.js';
import type { InstanceState } from './instance-state.js';
import { returnTask } from './return-to-step.js';
import { extendDeadline, urge } from './supervision-actions.js';
import { decide } from './task-decision.js';
import { reassignTask, transferTask } from './task-handover.js';
import { timerFired } from './timer-fired.js';

/**
 * Applies one action to an instance and returns the new state with what changed for people and
 * for the job loop. Pure: the input state is never modified, the same inputs give the same
 * output, and a refused action throws a `FlowError` without any result. Each action checks who
 * may take it. A timer that no longer matters returns the very same state object and no
 * effects, so the job loop can tell there is nothing to write.
 */
export function applyAction(
  def: FlowDefinition,
  state: InstanceState,
  action: FlowAction,
  env: EngineEnv,
): { state: InstanceState; effects: FlowEffect[] } {
  const graph = indexFlow(def);
  const d = draftOf(state, env);
  switch (action.type) {
    case 'approve':
    case 'reject':
    case 'done':
    case 'acknowledge':
    case 'read':
      decide(d, graph, action);
      break;
    case 'return':
      returnTask(d, graph, action);
      break;
    case 'resubmit':
      resubmit(d, graph, action);
      break;
    case 'withdraw':
      withdraw(d, action);
      break;
    case 'transfer':
      transferTask(d, graph, action);
      break;
    case 'addSigner':
      addSigner(d, graph, action);
      break;
    case 'urge':
      urge(d, action);
      break;
    case 'comment':
      addComment(d, action);
      break;
    case 'cancel':
      cancelInstance(d, action);
      break;
    case 'reassign':
      reassignTask(d, graph, action);
      break;
    case 'extend':
      extendDeadline(d, action);
      break;
    case 'timer_fired':
      if (!timerFired(d, graph, action)) return { state, effects: [] };
      break;
  }
  return { state: d.state, effects: d.effects };
}
