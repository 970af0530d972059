import { getInstance, cachedVersion, listAttachmentsOfInstance, userNames } from '@signoff/db';
import {
  availableActions,
  openTaskOf,
  type FlowDefinition,
  type InstanceState,
  type StepNode,
} from '@signoff/flow';
import type { FormModel, JsonSchema, UiSchema } from '@signoff/schema';
import { applicantContext } from './applicant-context.js';
import { errors, type Localized } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { takesPart } from './instance-access.js';
import { viewerFieldAccess, visibleForm } from './instance-field-access.js';
import { returnTargetsView, routeOf, routeView } from './instance-route.js';
import { engineEnvFor } from './instance-service.js';
import { timelineEntries, type FileInfo, type Person } from './instance-timeline.js';
import { importedRoute, importedStepName } from '../history-import/imported-route.js';

const REQUEST = { zh: '申请', en: 'The request' };

/**
 * What the request page shows: the form as the caller's step allows it, what the caller may do
 * now, the route and the timeline. Only people who take part in the request (instance-access.ts)
 * and the tenant's admins may read it; anyone else is told it does not exist.
 */
export function instanceDetail(ctx: ServiceContext, input: { id: string }) {
  const { deps } = ctx;
  const { tenantId, userId, isAdmin } = ctx.viewer;
  const { id } = input;
  return ctx.tx(async (tx) => {
    const instance = await getInstance(tx, tenantId, id);
    if (!instance) throw errors.notFound(REQUEST);
    const v = await cachedVersion(tx, tenantId, instance.versionId);
    if (!v) throw errors.notFound(REQUEST);
    if (!isAdmin && !takesPart(instance, userId, v.supervisorIds)) throw errors.notFound(REQUEST);

    const state = instance.state as InstanceState;
    const def = v.flow as FlowDefinition;
    const fullModel = v.formModel as FormModel;
    const now = deps.clock();
    const isApplicant = instance.applicantId === userId;
    const isSupervisor = v.supervisorIds.includes(userId);
    const myTask = openTaskOf(state, userId);

    const fieldAccess = viewerFieldAccess(def, fullModel, state, {
      userId,
      applicant: isApplicant,
      admin: isAdmin,
      supervisor: isSupervisor,
      openTask: myTask,
    });
    const form = visibleForm(
      {
        model: fullModel,
        schema: v.formSchema as JsonSchema,
        uiSchema: v.uiSchema as UiSchema,
        data: instance.data,
      },
      fieldAccess,
      instance.serialNo,
    );
    // an imported request is an archive: it offers nothing to do (applyEngineAction refuses it too)
    const actions = instance.importedFrom
      ? []
      : availableActions(def, state, { actorId: userId, isAdmin, isSupervisor, now: now.toISOString() });

    // the simulator predicts the rest of a running route from the org as it is now
    const env =
      state.status === 'running'
        ? await engineEnvFor(tx, deps, tenantId, instance.applicantId, instance.data, v, now)
        : undefined;
    const route = instance.importedFrom
      ? { steps: importedRoute(def, state), userIds: [] }
      : routeOf(def, state, env);

    const ids = [
      instance.applicantId,
      ...state.tasks.flatMap((t) => [t.assigneeId, ...(t.delegatedFrom ? [t.delegatedFrom] : [])]),
      ...state.events.flatMap((e) => [...(e.actorId ? [e.actorId] : []), ...(e.userIds ?? [])]),
      ...route.userIds,
    ];
    const names = await userNames(tx, tenantId, ids);
    const person = (pid: string): Person => ({ id: pid, name: names.get(pid) ?? pid });
    const nodeNames = new Map<string, Localized>(def.nodes.map((n) => [n.id, n.name]));
    const nodeName = (nodeId: string | undefined) =>
      nodeId ? (nodeNames.get(nodeId) ?? importedStepName(nodeId)) : null;
    const labels = new Map(form.model.fields.map((f) => [f.key, f.label]));
    const files = new Map<string, FileInfo>(
      (await listAttachmentsOfInstance(tx, tenantId, instance.id)).map((a) => [
        a.id,
        { id: a.id, name: a.fileName, size: a.size, type: a.contentType },
      ]),
    );
    const myNode = myTask
      ? def.nodes.find(
          (n): n is StepNode => n.id === myTask.nodeId && (n.type === 'approve' || n.type === 'handle'),
        )
      : undefined;

    return {
      id: instance.id,
      serialNo: instance.serialNo,
      title: v.title,
      status: state.status,
      applicant: person(instance.applicantId),
      createdAt: instance.createdAt,
      finishedAt: instance.finishedAt,
      /** where a request imported from another system came from (shown 已导入); null when filed here */
      importedFrom: instance.importedFrom
        ? {
            file: instance.importedFrom.file,
            sheet: instance.importedFrom.sheet,
            row: instance.importedFrom.row,
          }
        : null,
      data: form.data,
      schema: form.schema,
      uiSchema: form.uiSchema,
      model: form.model,
      fieldAccess,
      // the applicant's rank, departments and positions, so an approver's editable fields follow the
      // same visibility rules in the browser as the server applies to their changes
      applicantContext: await applicantContext(tx, tenantId, instance.applicantId),
      availableActions: actions,
      signatureRequired: myNode?.signatureRequired === true,
      returnTargets: actions.includes('return')
        ? returnTargetsView(def, state, myTask?.id, person(instance.applicantId))
        : [],
      route: routeView(route.steps, person),
      timeline: timelineEntries(state, {
        person,
        nodeName,
        files,
        fieldLabel: (key) => labels.get(key) ?? null,
      }),
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
        ? {
            id: myTask.id,
            kind: myTask.kind,
            nodeId: myTask.nodeId,
            nodeName: nodeName(myTask.nodeId) ?? { zh: '', en: '' },
          }
        : null,
    };
  });
}
