import {
  dropJobs,
  enqueueJob,
  syncTasks,
  cachedOrgSnapshot,
  type Queryable,
  type TaskMirror,
  type TemplateVersionRow,
} from '@signoff/db';
import {
  effectNotices,
  type FlowDefinition,
  type FlowEffect,
  type InstanceState,
  type InstanceStatus,
} from '@signoff/flow';
import type { ApiDeps } from '../trpc/context.js';
import { emitWebhookEvent } from '../integrations/integrations.js';
import { notify } from '../notifications/notify.js';

/** The tasks table mirrors the engine's tasks, with node names copied for the inbox. */
export function taskMirrors(def: FlowDefinition, state: InstanceState): TaskMirror[] {
  const names = new Map(def.nodes.map((n) => [n.id, n.name]));
  return state.tasks.map((t) => ({
    id: t.id,
    nodeId: t.nodeId,
    nodeName: names.get(t.nodeId) ?? { zh: t.nodeId, en: t.nodeId },
    kind: t.kind,
    assigneeId: t.assigneeId,
    status: t.status,
    createdAt: t.createdAt,
    completedAt: t.completedAt,
    dueAt: t.dueAt,
    card: t.card,
  }));
}

const timerKey = (instanceId: string, taskId: string, kind: string) =>
  `timer:${instanceId}:${taskId}:${kind}`;

export interface OutcomeContext {
  tenantId: string;
  instanceId: string;
  serialNo: string;
  applicantId: string;
  version: TemplateVersionRow;
  previousStatus: InstanceStatus | null;
}

/**
 * Everything an engine step implies besides the state row, written in the same transaction: the
 * inbox mirror, timers as jobs (one live job per task and kind, replaced when re-set), notices to
 * the people concerned (the supervisor too for overdue work and urges), and webhook deliveries.
 */
export async function persistOutcome(
  tx: Queryable,
  deps: ApiDeps,
  ctx: OutcomeContext,
  state: InstanceState,
  effects: readonly FlowEffect[],
): Promise<void> {
  const def = ctx.version.flow as FlowDefinition;
  await syncTasks(tx, ctx.tenantId, ctx.instanceId, taskMirrors(def, state));

  for (const e of effects) {
    if (e.type === 'timer_set') {
      await enqueueJob(tx, ctx.tenantId, {
        id: deps.newId(),
        kind: 'timer',
        runAt: e.at,
        payload: { instanceId: ctx.instanceId, taskId: e.taskId, timerKind: e.kind },
        dedupeKey: timerKey(ctx.instanceId, e.taskId, e.kind),
      });
    } else if (e.type === 'timer_cleared') {
      const kinds = e.kind ? [e.kind] : ['reminder', 'due'];
      await dropJobs(
        tx,
        ctx.tenantId,
        kinds.map((k) => timerKey(ctx.instanceId, e.taskId, k)),
      );
    }
  }

  // the org snapshot the engine just resolved from holds every name (and is kept in memory)
  const org = await cachedOrgSnapshot(tx, ctx.tenantId);
  const applicantName = org.users.find((u) => u.id === ctx.applicantId)?.name ?? '';
  await notify(
    tx,
    deps,
    ctx.tenantId,
    effectNotices(def, effects, {
      instanceId: ctx.instanceId,
      serialNo: ctx.serialNo,
      title: ctx.version.title,
      applicantId: ctx.applicantId,
      applicantName,
      supervisorIds: ctx.version.supervisorIds,
    }),
  );

  const summary = {
    instanceId: ctx.instanceId,
    serialNo: ctx.serialNo,
    templateKey: ctx.version.key,
    status: state.status,
  };
  if (ctx.previousStatus === null)
    await emitWebhookEvent(tx, deps, ctx.tenantId, 'instance.submitted', summary);
  for (const e of effects) {
    if (e.type === 'task_created' && e.status === 'pending') {
      await emitWebhookEvent(tx, deps, ctx.tenantId, 'task.created', {
        ...summary,
        taskId: e.taskId,
        assigneeId: e.assigneeId,
        nodeId: e.nodeId,
      });
    }
  }
  if (state.status !== 'running' && ctx.previousStatus !== state.status) {
    await emitWebhookEvent(tx, deps, ctx.tenantId, 'instance.finished', summary);
  }
}
