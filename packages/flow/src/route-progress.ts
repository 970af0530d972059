import type { Localized } from '@signoff/schema';
import type { EngineEnv } from './engine-env.js';
import type { FlowDefinition, FlowNode, TaskNode } from './flow-definition.js';
import { findStart, indexFlow, reachableFrom, type FlowGraph } from './flow-graph.js';
import { applicantOf } from './instance-draft.js';
import { lastSubmissionIndex } from './instance-facts.js';
import type { FlowEvent, InstanceState, TaskState } from './instance-state.js';
import { simulateRoute } from './simulate-route.js';

export type RouteStepStatus = 'done' | 'current' | 'pending' | 'skipped';

/** One stop of the compact route view. */
export interface RouteStep {
  nodeId: string;
  name: Localized;
  kind: 'start' | 'approve' | 'handle' | 'notify' | 'end';
  status: RouteStepStatus;
  /** who acted there (done), acts there now (current), or would (pending: the simulator's answer) */
  userIds: string[];
  /** why the step was, or would be, passed over */
  reason?: Localized;
}

const DECIDED: ReadonlySet<TaskState['status']> = new Set(['approved', 'done', 'acknowledged', 'rejected', 'returned']);
const isTaskNode = (n: FlowNode | undefined): n is TaskNode => n?.type === 'approve' || n?.type === 'handle' || n?.type === 'notify';
const localized = (r: FlowEvent['reason']): Localized | undefined => (typeof r === 'string' ? { zh: r, en: r } : r);

/** The tasks one pass through a node gave out; states stored before passes were tracked had one pass per node. */
function passTasks(state: InstanceState, event: FlowEvent): TaskState[] {
  const own = state.tasks.filter((t) => t.stepId === event.id);
  return own.length > 0 ? own : state.tasks.filter((t) => t.nodeId === event.nodeId && t.stepId === undefined);
}

/** The people to show for a step: whoever decided, else whoever still holds it, else everyone it went to. */
function peopleOf(tasks: readonly TaskState[]): string[] {
  const decided = tasks.filter((t) => DECIDED.has(t.status));
  const holding = tasks.filter((t) => t.status !== 'transferred' && t.status !== 'cancelled');
  const pick = decided.length > 0 ? decided : holding.length > 0 ? holding : tasks;
  return [...new Set(pick.map((t) => t.assigneeId))];
}

/** Everything downstream of the steps running now: what a return made the route do again, or what is yet to come. */
function aheadOf(graph: FlowGraph, active: readonly string[]): Set<string> {
  const ahead = new Set<string>();
  for (const id of active) for (const n of reachableFrom(graph, id)) if (n !== id) ahead.add(n);
  for (const id of active) ahead.delete(id);
  return ahead;
}

/** A step as the timeline since the latest (re)submission leaves it. */
function takenStep(state: InstanceState, node: TaskNode, event: FlowEvent, active: ReadonlySet<string>, ahead: ReadonlySet<string>): RouteStep {
  const base = { nodeId: node.id, name: node.name, kind: node.type };
  if (ahead.has(node.id)) return { ...base, status: 'pending', userIds: peopleOf(passTasks(state, event)) };
  if (event.type === 'step_skipped') {
    const reason = localized(event.reason);
    return { ...base, status: 'skipped', userIds: [...(event.userIds ?? [])], ...(reason ? { reason } : {}) };
  }
  if (event.type === 'notified') return { ...base, status: 'done', userIds: [...(event.userIds ?? [])] };
  const tasks = passTasks(state, event);
  const status = active.has(node.id) ? 'current' : tasks.some((t) => DECIDED.has(t.status)) ? 'done' : 'pending';
  return { ...base, status, userIds: peopleOf(tasks) };
}

/**
 * The route of a request for a compact view: the applicant, every step the latest
 * (re)submission has reached so far, in the order it reached them, then (with `env`, while the
 * request runs) the steps still to come as `simulateRoute` predicts them, and the end. A node
 * reached twice (after a return) is listed once, where it first came, with its latest state;
 * steps a return made the route run again count as pending. After a return to the applicant the
 * start is current. On a closed request nothing is predicted, and a step left undecided was skipped.
 */
export function routeProgress(def: FlowDefinition, state: InstanceState, env?: EngineEnv): RouteStep[] {
  const graph = indexFlow(def);
  const start = findStart(graph);
  const running = state.status === 'running';
  const awaiting = running && state.awaitingApplicant === true;
  const activeIds = running ? (state.activeNodeIds ?? (state.activeNodeId !== null ? [state.activeNodeId] : [])) : [];
  const active = new Set(activeIds);
  const ahead = aheadOf(graph, activeIds);

  const steps = new Map<string, RouteStep>();
  steps.set(start.id, { nodeId: start.id, name: start.name, kind: 'start', status: awaiting ? 'current' : 'done', userIds: [applicantOf(state)] });
  for (const e of state.events.slice(lastSubmissionIndex(state) + 1)) {
    if (e.type !== 'step_started' && e.type !== 'step_skipped' && e.type !== 'notified') continue;
    const node = e.nodeId !== undefined ? graph.nodes.get(e.nodeId) : undefined;
    if (isTaskNode(node)) steps.set(node.id, takenStep(state, node, e, active, ahead));
  }

  if (running && env) {
    let predicted: ReturnType<typeof simulateRoute> = [];
    try {
      predicted = simulateRoute(def, env);
    } catch {
      // a route the simulator cannot walk (the org changed under it) still shows what happened
    }
    for (const p of predicted) {
      const known = steps.get(p.nodeId);
      if (known ? known.status !== 'pending' || !ahead.has(p.nodeId) : !awaiting && !ahead.has(p.nodeId)) continue;
      const node = graph.nodes.get(p.nodeId);
      if (!isTaskNode(node)) continue;
      steps.set(p.nodeId, {
        nodeId: p.nodeId,
        name: node.name,
        kind: node.type,
        status: p.skipped ? 'skipped' : 'pending',
        userIds: [...p.userIds],
        ...(p.skipped ? { reason: p.reason } : {}),
      });
    }
  }

  const end = [...graph.nodes.values()].find((n) => n.type === 'end');
  const out = [...steps.values()].map((s): RouteStep => (!running && (s.status === 'pending' || s.status === 'current') ? { ...s, status: 'skipped' } : s));
  if (end) out.push({ nodeId: end.id, name: end.name, kind: 'end', status: running ? 'pending' : 'done', userIds: [] });
  return out;
}
