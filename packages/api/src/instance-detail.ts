import { getInstance, getVersion, userNames, withTenant } from '@signoff/db';
import { fieldAccess, type FlowDefinition, type InstanceState } from '@signoff/flow';
import type { JsonSchema, UiSchema } from '@signoff/schema';
import { errors, type Localized } from './app-error.js';
import type { ApiDeps, SessionContext } from './context.js';

const REQUEST = { zh: '申请', en: 'The request' };

type Person = { id: string; name: string };

/**
 * What the detail page shows. Only the applicant, people with a task on the request, and the
 * tenant's admins may read it.
 */
export function instanceDetail(deps: ApiDeps, session: SessionContext, id: string, isAdmin: boolean) {
  const { tenantId, userId } = session;
  return withTenant(deps.db, tenantId, async (tx) => {
    const instance = await getInstance(tx, tenantId, id);
    if (!instance) throw errors.notFound(REQUEST);
    const state = instance.state as InstanceState;
    const involved = instance.applicantId === userId || state.tasks.some((t) => t.assigneeId === userId);
    if (!involved && !isAdmin) throw errors.notFound(REQUEST);
    const v = await getVersion(tx, tenantId, instance.versionId);
    if (!v) throw errors.notFound(REQUEST);

    const def = v.flow as FlowDefinition;
    // An approver sees the fields their steps allow (node field permissions); a field hidden at
    // every step they act on is left out. The applicant and admins see the whole form.
    const myNodes = [...new Set(state.tasks.filter((t) => t.assigneeId === userId).map((t) => t.nodeId))];
    const seesAll = instance.applicantId === userId || isAdmin || myNodes.length === 0;
    const visible = (key: string) => seesAll || myNodes.some((n) => fieldAccess(def, n, key) !== 'hidden');
    const data = Object.fromEntries(Object.entries(instance.data).filter(([k]) => visible(k)));
    const uiSchema = v.uiSchema as UiSchema;
    const shownUi: UiSchema = seesAll ? uiSchema : { ...uiSchema, order: uiSchema.order.filter(visible) };
    const nodeNames = new Map<string, Localized>(def.nodes.map((n) => [n.id, n.name]));
    const ids = [
      instance.applicantId,
      ...state.tasks.map((t) => t.assigneeId),
      ...state.events.flatMap((e) => [...(e.actorId ? [e.actorId] : []), ...(e.userIds ?? [])]),
    ];
    const names = await userNames(tx, tenantId, ids);
    const person = (pid: string): Person => ({ id: pid, name: names.get(pid) ?? pid });
    const nodeName = (nodeId: string | undefined) => (nodeId ? (nodeNames.get(nodeId) ?? null) : null);

    const myTask = state.tasks.find((t) => t.assigneeId === userId && (t.status === 'pending' || t.status === 'unread'));
    return {
      id: instance.id,
      serialNo: instance.serialNo,
      title: v.title,
      status: state.status,
      applicant: person(instance.applicantId),
      createdAt: instance.createdAt,
      finishedAt: instance.finishedAt,
      data,
      schema: v.formSchema as JsonSchema,
      uiSchema: shownUi,
      timeline: state.events.map((e) => ({
        id: e.id,
        at: e.at,
        type: e.type,
        nodeName: nodeName(e.nodeId),
        actor: e.actorId ? person(e.actorId) : null,
        users: (e.userIds ?? []).map(person),
        comment: e.comment ?? null,
        reason: typeof e.reason === 'string' ? { zh: e.reason, en: e.reason } : (e.reason ?? null),
        fallback: e.fallback ?? false,
        taskId: e.taskId ?? null,
      })),
      tasks: state.tasks.map((t) => ({
        id: t.id,
        nodeName: nodeName(t.nodeId) ?? { zh: t.nodeId, en: t.nodeId },
        kind: t.kind,
        assignee: person(t.assigneeId),
        status: t.status,
        createdAt: t.createdAt,
        completedAt: t.completedAt ?? null,
        comment: t.comment ?? null,
      })),
      myOpenTask: myTask
        ? { id: myTask.id, kind: myTask.kind, nodeName: nodeName(myTask.nodeId) ?? { zh: '', en: '' } }
        : null,
    };
  });
}
