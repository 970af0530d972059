import {
  deleteSubmissionDraft,
  getInstanceOfTask,
  cachedCurrentVersion,
  getInstance,
  cachedVersion,
  tenantHead,
  insertInstance,
  cachedOrgSnapshot,
  serialPlaceholder,
  takeSerialNumber,
  updateInstanceState,
  userNames,
  type InstanceRow,
  type Queryable,
  type SerialLayout,
  type TemplateVersionRow,
} from '@signoff/db';
import {
  applyAction,
  formatSerialNumber,
  serialPeriod,
  startInstance,
  type Attachment,
  type FlowAction,
  type FlowDefinition,
  type InstanceState,
  type InstanceStatus,
  type SerialPattern,
} from '@signoff/flow';
import { validateSubmission, type FormModel } from '@signoff/schema';
import { errors } from '../trpc/app-error.js';
import { audit } from '../audit/audit.js';
import type { ApiDeps, ApiTokenVia } from '../trpc/context.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { engineEnv } from './engine-env.js';
import { persistOutcome } from './engine-outcome.js';
import { commentFiles, prepareSignature, signatureForRequest } from './instance-action-files.js';
import { applyEdits } from './instance-edits.js';
import { requireTemplateAccess } from '../templates/template-access-service.js';
import { refuseArchived } from '../templates/template-archived.js';
import { publishedSchema } from '../templates/published-schema.js';
import { importedReadOnly } from '../history-import/imported-read-only.js';
import { applicantFacts, rankNames } from '@signoff/org';

export { taskMirrors } from './engine-outcome.js';

const FORM = { zh: '表单', en: 'The form' };
const REQUEST = { zh: '申请', en: 'The request' };
const PERSON = { zh: '人员', en: 'The person' };

/** The engine's view of the world for one request: the org and calendar as loaded in this transaction. */
export async function engineEnvFor(
  tx: Queryable,
  deps: ApiDeps,
  tenantId: string,
  applicantId: string,
  form: Record<string, unknown>,
  v: TemplateVersionRow,
  now: Date,
) {
  const [org, head] = await Promise.all([cachedOrgSnapshot(tx, tenantId), tenantHead(tx, tenantId)]);
  const settings = head?.settings;
  return engineEnv({
    org,
    applicantId,
    form,
    templateKey: v.key,
    now,
    newId: deps.newId,
    calendar: { holidays: settings?.holidays ?? [], extraWorkdays: settings?.extraWorkdays ?? [] },
  });
}

/**
 * Which counter a submission at `now` draws from and how its number prints: a template's own
 * pattern when it has one, else `<prefix>-YYYYMM-NNNN`, restarting monthly. The number is the
 * last part of either, so everything before it is a fixed head.
 */
function serialPlan(v: TemplateVersionRow, now: Date): { period: string; layout: SerialLayout } {
  const pattern = v.serialPattern as SerialPattern | null;
  if (pattern) {
    // printing the first number checks the pattern too
    const first = formatSerialNumber(pattern, { now: now.toISOString(), seq: 1, utcOffsetMinutes: 480 });
    const width = Math.max(1, pattern.width);
    return {
      period: serialPeriod(pattern, now.toISOString()),
      layout: { head: first.slice(0, first.length - width), width },
    };
  }
  const period = `${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  return { period, layout: { head: `${v.serialPrefix}-${period}-`, width: 4 } };
}

/**
 * Validates the form against its published JSON Schema, starts the route and stores the
 * instance with its serial number, all in one transaction: a refused submission writes nothing,
 * and its serial number is given back (the counter row's update rolls back with it).
 */
export function submitInstance(ctx: ServiceContext, input: { templateId: string; data: unknown }) {
  const { deps } = ctx;
  const { tenantId, userId } = ctx.viewer;
  const { templateId, data } = input;
  return ctx.tx(async (tx) => {
    const v = await cachedCurrentVersion(tx, tenantId, templateId);
    if (!v) throw errors.notFound(FORM);
    await requireTemplateAccess(tx, tenantId, userId, v.templateId, 'author');
    refuseArchived(v);
    // visibility rules may read the applicant (department, rank): give the validator the same facts the route sees
    const org = await cachedOrgSnapshot(tx, tenantId);
    const checked = validateSubmission(publishedSchema(v.versionId, v.formSchema), data, {
      applicant: applicantFacts(org, userId),
      ranks: rankNames(org),
    });
    if (!checked.ok)
      throw errors.invalidForm(checked.errors.map((e) => ({ path: e.path, message: e.message })));

    const now = deps.clock();
    const env = await engineEnvFor(tx, deps, tenantId, userId, checked.data, v, now);
    const { state, effects } = startInstance(v.flow as FlowDefinition, env, { applicantId: userId });
    const id = deps.newId();
    // the number is taken last (takeSerialNumber): until then the rows name it by a stand-in
    const serialNo = serialPlaceholder(id);
    const made: string[] = [];
    const recording: ApiDeps = {
      ...deps,
      newId: () => {
        const madeId = deps.newId();
        made.push(madeId);
        return madeId;
      },
    };
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
    await persistOutcome(
      tx,
      recording,
      { tenantId, instanceId: id, serialNo, applicantId: userId, version: v, previousStatus: null },
      state,
      effects,
    );
    await deleteSubmissionDraft(tx, tenantId, userId, v.templateId);
    // the counter row's lock queues every submit of this template: held only for this and COMMIT
    const taken = await takeSerialNumber(tx, {
      tenantId,
      templateId: v.templateId,
      ...serialPlan(v, now),
      instanceId: id,
      notificationIds: made,
      jobIds: made,
      deliveryIds: made,
      audit: {
        at: deps.clock().toISOString(),
        actorId: userId,
        action: 'instance.submit',
        subject: `instance:${id}`,
        data: {
          serialNo,
          templateKey: v.key,
          version: v.version,
          ...(ctx.session.via ? { via: ctx.session.via } : {}),
        },
      },
    });
    return { id, serialNo: taken };
  });
}

/**
 * An action as a caller names it: without the actor, whom the session (or the job loop)
 * supplies, and without what the service works out itself (the fields an edit changed). An
 * approve or done may carry `data`: the approver's changes to the fields their step lets them edit.
 */
export type EngineActionInput = FlowAction extends infer A
  ? A extends { actorId: unknown }
    ? A extends { type: 'approve' | 'done' }
      ? Omit<A, 'actorId' | 'actorRoles' | 'changedFields'> & { data?: Record<string, unknown> }
      : Omit<A, 'actorId' | 'actorRoles'>
    : never
  : never;

/**
 * Applies one engine action to one request in one transaction. The instance's version column
 * refuses a concurrent second write (a clear conflict); a resubmission's new form data is checked
 * against the version's schema first. `instanceId` is needed for actions that name no task.
 */
export async function applyEngineAction(
  tx: Queryable,
  deps: ApiDeps,
  tenantId: string,
  // userId 'system': the job loop (timers), which no person's roles apply to
  actor: { userId: string; admin: boolean; via?: ApiTokenVia | undefined },
  input: EngineActionInput,
  instanceId?: string,
): Promise<{ instance: InstanceRow; state: InstanceState; changed: boolean }> {
  const taskId = 'taskId' in input ? input.taskId : undefined;
  const instance = instanceId
    ? await getInstance(tx, tenantId, instanceId)
    : taskId
      ? await getInstanceOfTask(tx, tenantId, taskId)
      : null;
  if (!instance) throw errors.notFound(REQUEST);
  // a request imported from another system is its archive: nothing is done on it here
  if (instance.importedFrom) throw importedReadOnly();
  const v = await cachedVersion(tx, tenantId, instance.versionId);
  if (!v) throw errors.notFound(FORM);
  // a transfer, reassignment or added signer names people: they must be of this tenant
  const named = [
    ...('toUserId' in input ? [input.toUserId] : []),
    ...('userIds' in input ? input.userIds : []),
  ];
  const known = await userNames(tx, tenantId, named);
  if (named.some((u) => !known.has(u))) throw errors.notFound(PERSON);

  const before = instance.state as InstanceState;
  const now = deps.clock();
  const { data: edits, ...engineInput } = input as EngineActionInput & { data?: Record<string, unknown> };
  let data = instance.data;
  let newData: Record<string, unknown> | undefined;
  const extra: { changedFields?: string[]; signature?: string; attachments?: Attachment[] } = {};
  const formContext = async () => {
    const org = await cachedOrgSnapshot(tx, tenantId);
    return { applicant: applicantFacts(org, instance.applicantId), ranks: rankNames(org) };
  };
  if (input.type === 'resubmit' && input.form) {
    const checked = validateSubmission(
      publishedSchema(v.versionId, v.formSchema),
      input.form,
      await formContext(),
    );
    if (!checked.ok)
      throw errors.invalidForm(checked.errors.map((e) => ({ path: e.path, message: e.message })));
    data = newData = checked.data;
  }
  if ((input.type === 'approve' || input.type === 'done') && edits && Object.keys(edits).length > 0) {
    // someone else's or a closed task: the engine's refusal below says so better than a field error would
    const task = before.tasks.find((t) => t.id === input.taskId);
    if (task && task.assigneeId === actor.userId && task.status === 'pending') {
      const schema = publishedSchema(v.versionId, v.formSchema);
      const edited = applyEdits(
        {
          def: v.flow as FlowDefinition,
          model: v.formModel as FormModel,
          schema,
          nodeId: task.nodeId,
          stored: instance.data,
          edits,
        },
        await formContext(),
      );
      if (edited.changed.length > 0) {
        data = newData = edited.data;
        extra.changedFields = edited.changed;
      }
    }
  }
  const files = { tenantId, actorId: actor.userId, instanceId: instance.id };
  if ('signature' in input && input.signature !== undefined && input.signature !== '') {
    extra.signature = await signatureForRequest(tx, files, input.signature);
  }
  if (input.type === 'comment' && input.attachments && input.attachments.length > 0) {
    extra.attachments = await commentFiles(tx, files, input.attachments);
  }
  const env = await engineEnvFor(tx, deps, tenantId, instance.applicantId, data, v, now);
  const action = (
    actor.userId === 'system'
      ? { ...engineInput, actorId: 'system' }
      : {
          ...engineInput,
          ...extra,
          ...(input.type === 'resubmit' && newData ? { form: newData } : {}),
          actorId: actor.userId,
          actorRoles: { admin: actor.admin, supervisor: v.supervisorIds.includes(actor.userId) },
        }
  ) as FlowAction;
  const { state, effects } = applyAction(v.flow as FlowDefinition, before, action, env);
  // a timer that no longer applies returns the very same state: nothing to write
  if (state === before) return { instance, state, changed: false };
  await updateInstanceState(tx, tenantId, instance.id, instance.version, {
    state,
    status: state.status,
    now: now.toISOString(),
    finishedAt: state.status === 'running' ? null : (instance.finishedAt ?? now.toISOString()),
    ...(newData ? { data: newData } : {}),
  });
  await persistOutcome(
    tx,
    deps,
    {
      tenantId,
      instanceId: instance.id,
      serialNo: instance.serialNo,
      applicantId: instance.applicantId,
      version: v,
      previousStatus: instance.status as InstanceStatus,
    },
    state,
    effects,
  );
  if (actor.userId !== 'system') {
    // the audit names what changed, not the values: form data stays in the request
    const { type, ...rest } = { ...engineInput, ...extra } as { type: string } & Record<string, unknown>;
    delete rest.form;
    await audit(tx, deps, tenantId, actor.userId, `instance.${type}`, `instance:${instance.id}`, {
      ...rest,
      status: state.status,
      ...(actor.via ? { via: actor.via } : {}),
    });
  }
  return { instance, state, changed: true };
}

/**
 * A user's action on a request (or one of its tasks), in its own transaction; the viewer's admin
 * role (read per call) is what the engine weighs for cancel, reassign and the like.
 */
export async function actOnInstance(ctx: ServiceContext, input: EngineActionInput, instanceId?: string) {
  const { deps } = ctx;
  const { tenantId, userId, isAdmin } = ctx.viewer;
  const signed =
    'signature' in input && input.signature !== undefined && input.signature !== ''
      ? { ...input, signature: await prepareSignature(ctx, input.signature) }
      : input;
  return ctx.tx(async (tx) => {
    const { instance, state } = await applyEngineAction(
      tx,
      deps,
      tenantId,
      { userId, admin: isAdmin, via: ctx.session.via },
      signed,
      instanceId,
    );
    return { instanceId: instance.id, status: state.status };
  });
}
