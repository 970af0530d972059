import {
  formatSerialNumber,
  getCurrentVersion,
  getInstance,
  getVersion,
  insertInstance,
  loadOrgSnapshot,
  nextSerialValue,
  syncTasks,
  updateInstanceState,
  userNames,
  withTenant,
  type Queryable,
  type TaskMirror,
} from '@signoff/db';
import { applyAction, startInstance, type FlowAction, type FlowDefinition, type InstanceState } from '@signoff/flow';
import { validateSubmission, type JsonSchema } from '@signoff/schema';
import { errors } from './app-error.js';
import type { ApiDeps, SessionContext } from './context.js';
import { engineEnv } from './engine-env.js';
import { emitWebhookEvent } from './integrations.js';
import { audit } from './audit.js';
import { effectNotices } from './effect-notices.js';
import { notify } from './notify.js';
import { requireTemplateAccess } from './template-access-service.js';

const FORM = { zh: '表单', en: 'The form' };
const REQUEST = { zh: '申请', en: 'The request' };

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
  }));
}

/** `202611`: serial numbers restart every month. */
const periodOf = (d: Date) => `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`;

/**
 * Validates the form against its published JSON Schema, starts the route and stores the
 * instance with its serial number, all in one transaction: a refused submission writes nothing.
 */
export function submitInstance(deps: ApiDeps, session: SessionContext, templateId: string, data: unknown) {
  const { tenantId, userId } = session;
  return withTenant(deps.db, tenantId, async (tx) => {
    const v = await getCurrentVersion(tx, tenantId, templateId);
    if (!v) throw errors.notFound(FORM);
    // system submissions (the integration API) come with no user id and were authorised by token
    if (userId) await requireTemplateAccess(tx, tenantId, userId, v.templateId, 'author');
    const checked = validateSubmission(v.formSchema as JsonSchema, data);
    if (!checked.ok) throw errors.invalidForm(checked.errors.map((e) => ({ path: e.path, message: e.message })));

    const now = deps.clock();
    const org = await loadOrgSnapshot(tx, tenantId);
    const def = v.flow as FlowDefinition;
    const env = engineEnv({ org, applicantId: userId, form: checked.data, templateKey: v.key, now, newId: deps.newId });
    const { state, effects } = startInstance(def, env, { applicantId: userId });

    const period = periodOf(now);
    const serialNo = formatSerialNumber(v.serialPrefix, period, await nextSerialValue(tx, tenantId, v.templateId, period));
    const id = deps.newId();
    await insertInstance(tx, tenantId, {
      id,
      templateId: v.templateId,
      versionId: v.versionId,
      serialNo,
      applicantId: userId,
      data: checked.data,
      state,
      status: state.status,
      createdAt: now.toISOString(),
      finishedAt: state.status === 'running' ? null : now.toISOString(),
    });
    await syncTasks(tx, tenantId, id, taskMirrors(def, state));
    const summary = { instanceId: id, serialNo, templateKey: v.key, status: state.status };
    await audit(tx, deps, tenantId, userId, 'instance.submit', `instance:${id}`, { serialNo, templateKey: v.key, version: v.versionId });
    const applicantName = (await userNames(tx, tenantId, [userId])).get(userId) ?? '';
    await notify(tx, deps, tenantId, effectNotices(def, effects, { instanceId: id, serialNo, title: v.title, applicantId: userId, applicantName }));
    await emitWebhookEvent(tx, deps, tenantId, 'instance.submitted', summary);
    if (state.status !== 'running') await emitWebhookEvent(tx, deps, tenantId, 'instance.finished', summary);
    return { id, serialNo };
  });
}

async function findInstanceOfTask(tx: Queryable, tenantId: string, taskId: string): Promise<string | null> {
  const rows = await tx.query<{ instance_id: string }>('SELECT instance_id FROM tasks WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    taskId,
  ]);
  return rows[0]?.instance_id ?? null;
}

export type TaskActionInput =
  | { type: 'approve'; taskId: string; comment?: string | undefined }
  | { type: 'reject'; taskId: string; reason: string }
  | { type: 'done'; taskId: string; comment?: string | undefined }
  | { type: 'read'; taskId: string };

/** One engine action in one transaction; the instance's version column refuses a concurrent second write. */
export function actOnTask(deps: ApiDeps, session: SessionContext, input: TaskActionInput) {
  const { tenantId, userId } = session;
  return withTenant(deps.db, tenantId, async (tx) => {
    const instanceId = await findInstanceOfTask(tx, tenantId, input.taskId);
    const instance = instanceId ? await getInstance(tx, tenantId, instanceId) : null;
    if (!instance) throw errors.notFound(REQUEST);
    const v = await getVersion(tx, tenantId, instance.versionId);
    if (!v) throw errors.notFound(FORM);

    const now = deps.clock();
    const org = await loadOrgSnapshot(tx, tenantId);
    const def = v.flow as FlowDefinition;
    const env = engineEnv({ org, applicantId: instance.applicantId, form: instance.data, templateKey: v.key, now, newId: deps.newId });
    const action: FlowAction =
      input.type === 'reject'
        ? { type: 'reject', taskId: input.taskId, actorId: userId, reason: input.reason }
        : input.type === 'read'
          ? { type: 'read', taskId: input.taskId, actorId: userId }
          : { type: input.type, taskId: input.taskId, actorId: userId, ...(input.comment ? { comment: input.comment } : {}) };
    const { state, effects } = applyAction(def, instance.state as InstanceState, action, env);
    await updateInstanceState(tx, tenantId, instance.id, instance.version, {
      state,
      status: state.status,
      now: now.toISOString(),
      finishedAt: state.status === 'running' ? null : now.toISOString(),
    });
    await syncTasks(tx, tenantId, instance.id, taskMirrors(def, state));
    const applicantName = (await userNames(tx, tenantId, [instance.applicantId])).get(instance.applicantId) ?? '';
    await notify(
      tx,
      deps,
      tenantId,
      effectNotices(def, effects, { instanceId: instance.id, serialNo: instance.serialNo, title: v.title, applicantId: instance.applicantId, applicantName }),
    );
    await audit(tx, deps, tenantId, userId, `instance.${input.type}`, `instance:${instance.id}`, {
      taskId: input.taskId,
      ...('reason' in input ? { reason: input.reason } : {}),
      ...('comment' in input && input.comment ? { comment: input.comment } : {}),
      status: state.status,
    });
    if (state.status !== 'running' && instance.status === 'running') {
      await emitWebhookEvent(tx, deps, tenantId, 'instance.finished', {
        instanceId: instance.id,
        serialNo: instance.serialNo,
        templateKey: v.key,
        status: state.status,
      });
    }
    return { instanceId: instance.id, status: state.status };
  });
}
