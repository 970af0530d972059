import { findUserByLogin, getInstance, listPublishedTemplates, searchInbox } from '@signoff/db';
import { errors } from '../../trpc/app-error.js';
import { attachToRequest } from '../../attachments/attachment-service.js';
import { instanceDetail } from '../../instances/instance-detail.js';
import { actOnInstance, submitInstance } from '../../instances/instance-service.js';
import type { RestCall, RestResult } from './operation.js';
import { defineOperation } from './operation.js';
import { decodeCursor, encodeCursor } from './instance-cursor.js';
import {
  commentBody,
  idParam,
  instanceOut,
  instancePage,
  instanceSummary,
  listQuery,
  submitBody,
  withdrawBody,
} from './rest-schemas.js';

const REQUEST = { zh: '申请', en: 'The request' };

export const EXAMPLE_INSTANCE = {
  id: 'inst-1',
  serialNo: 'QJ-202611-0001',
  status: 'running',
  title: { zh: '请假申请', en: 'Leave request' },
  applicant: { id: 'u-zhang', name: '张三' },
  createdAt: '2026-11-24T02:00:00.000Z',
  finishedAt: null,
  data: { type: '事假', days: 1, reason: '家中有事' },
  tasks: [
    {
      id: 'task-1',
      nodeName: { zh: '直属主管审批', en: 'Line manager' },
      kind: 'approve',
      assignee: { id: 'u-li', name: '李四' },
      status: 'pending',
      createdAt: '2026-11-24T02:00:01.000Z',
      completedAt: null,
      comment: null,
    },
  ],
  timeline: [
    {
      type: 'submitted',
      at: '2026-11-24T02:00:00.000Z',
      nodeName: null,
      actor: { id: 'u-zhang', name: '张三' },
    },
  ],
};

/** The request as the tenant's admin reads it, in the documented shape. */
export async function readInstance(
  call: RestCall<unknown, unknown, unknown>,
  id: string,
  status = 200,
): Promise<RestResult> {
  return { status, body: instanceOut.parse(await instanceDetail(call.system, { id })) };
}

/** The applicant of a request of the token's tenant, acting as themselves (withdraw, urge). */
async function asApplicant(call: RestCall<unknown, unknown, unknown>, instanceId: string) {
  const { tenantId } = call.token;
  const instance = await call.system.tx((tx) => getInstance(tx, tenantId, instanceId));
  if (!instance) throw errors.notFound(REQUEST);
  return call.actingAsUserId(instance.applicantId);
}

export const submitInstanceOp = defineOperation({
  operationId: 'submitInstance',
  method: 'POST',
  path: '/instances',
  summary: 'Submit a request for an applicant',
  description:
    "Files a request as the named active applicant, validated against the template's JSON Schema (getTemplateSchema) and routed. " +
    'Send an Idempotency-Key to retry safely.',
  tags: ['instances'],
  scope: 'submit',
  idempotent: true,
  body: submitBody,
  response: { status: 201, description: 'submitted and routed', schema: instanceOut },
  errors: [400, 403, 404, 409, 422],
  examples: {
    request: {
      templateKey: 'leave',
      applicant: 'zhang.san',
      data: { type: '事假', days: 1, reason: '家中有事' },
    },
    response: EXAMPLE_INSTANCE,
  },
  handler: async (call) => {
    const { tenantId } = call.token;
    const template = (await call.system.tx((tx) => listPublishedTemplates(tx, tenantId))).find(
      (t) => t.key === call.body.templateKey,
    );
    if (!template)
      throw errors.notFound({
        zh: `表单「${call.body.templateKey}」`,
        en: `The form ${call.body.templateKey}`,
      });
    const applicant = await call.actingAs(call.body.applicant);
    const created = await submitInstance(applicant, {
      templateId: template.templateId,
      data: call.body.data,
    });
    if (call.body.attachments?.length)
      await attachToRequest(applicant, { instanceId: created.id, attachmentIds: call.body.attachments });
    return readInstance(call, created.id, 201);
  },
});

export const getInstanceOp = defineOperation({
  operationId: 'getInstance',
  method: 'GET',
  path: '/instances/{id}',
  summary: 'Read a request',
  description: 'Its status, form data, tasks and timeline.',
  tags: ['instances'],
  scope: 'read',
  params: idParam,
  response: { status: 200, description: 'the request', schema: instanceOut },
  errors: [403, 404, 422],
  examples: { response: EXAMPLE_INSTANCE },
  handler: (call) => readInstance(call, call.params.id),
});

export const listInstancesOp = defineOperation({
  operationId: 'listInstances',
  method: 'GET',
  path: '/instances',
  summary: "List the tenant's requests",
  description:
    "Newest first, with the approval centre's filters. Paged by cursor: pass each answer's nextCursor as `cursor` " +
    '(with the same filters) until it is null; requests submitted meanwhile never shift a page.',
  tags: ['instances'],
  scope: 'read',
  query: listQuery,
  response: { status: 200, description: 'one page', schema: instancePage },
  errors: [403, 404, 422],
  examples: {
    response: {
      items: [
        {
          instanceId: 'inst-1',
          serialNo: 'QJ-202611-0001',
          templateKey: 'leave',
          templateTitle: { zh: '请假申请', en: 'Leave request' },
          applicantName: '张三',
          status: 'running',
          createdAt: '2026-11-24T02:00:00.000Z',
          finishedAt: null,
          currentSteps: [{ zh: '直属主管审批', en: 'Line manager' }],
          urgent: false,
        },
      ],
      nextCursor: 'eyJjIjoiMjAyNi0xMS0yNFQwMjowMDowMC4wMDBaIiwiaSI6Imluc3QtMSJ9',
    },
  },
  handler: async (call) => {
    const { tenantId } = call.token;
    const { applicant, cursor, limit, ...filter } = call.query;
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    // a filter, not an action: a former member's requests are listed too, an unknown login lists none
    const applicantId =
      applicant === undefined
        ? undefined
        : ((await call.system.tx((tx) => findUserByLogin(tx, tenantId, applicant)))?.id ?? null);
    if (applicantId === null) return { status: 200, body: { items: [], nextCursor: null } };
    // one more than asked tells whether another page follows without a count
    const { items } = await call.system.tx((tx) =>
      searchInbox(tx, tenantId, applicantId ?? '', {
        ...filter,
        box: applicantId ? 'started' : 'all',
        after,
        limit: limit + 1,
        offset: 0,
      }),
    );
    const page = items.slice(0, limit);
    const last = page.at(-1);
    return {
      status: 200,
      body: {
        items: page.map((i) => instanceSummary.parse(i)),
        nextCursor:
          items.length > limit && last
            ? encodeCursor({ createdAt: last.createdAt, id: last.instanceId })
            : null,
      },
    };
  },
});

export const withdrawInstanceOp = defineOperation({
  operationId: 'withdrawInstance',
  method: 'POST',
  path: '/instances/{id}/withdraw',
  summary: 'Withdraw a request, as its applicant',
  description:
    'Acts as the applicant (who must be active); the engine refuses a request that can no longer be withdrawn.',
  tags: ['instances'],
  scope: 'submit',
  idempotent: true,
  params: idParam,
  body: withdrawBody,
  response: { status: 200, description: 'the request after the withdrawal', schema: instanceOut },
  errors: [400, 403, 404, 409, 422],
  examples: { request: { reason: '计划有变' } },
  handler: async (call) => {
    const ctx = await asApplicant(call, call.params.id);
    const input = call.body.reason
      ? { type: 'withdraw' as const, comment: call.body.reason }
      : { type: 'withdraw' as const };
    await actOnInstance(ctx, input, call.params.id);
    return readInstance(call, call.params.id);
  },
});

export const urgeInstanceOp = defineOperation({
  operationId: 'urgeInstance',
  method: 'POST',
  path: '/instances/{id}/urge',
  summary: 'Urge the open tasks of a request (催办), as its applicant',
  description:
    'Reminds the approvers the request waits for; the engine limits how often a task may be urged.',
  tags: ['instances'],
  scope: 'submit',
  idempotent: true,
  params: idParam,
  response: { status: 200, description: 'the request after the reminder', schema: instanceOut },
  errors: [400, 403, 404, 409, 422],
  handler: async (call) => {
    const ctx = await asApplicant(call, call.params.id);
    await actOnInstance(ctx, { type: 'urge' }, call.params.id);
    return readInstance(call, call.params.id);
  },
});

export const commentInstanceOp = defineOperation({
  operationId: 'commentInstance',
  method: 'POST',
  path: '/instances/{id}/comments',
  summary: 'Comment on a request, for a user',
  description:
    'Written as the named active user, who must take part in the request; audited as via this API token.',
  tags: ['instances'],
  scope: 'act-for-users',
  idempotent: true,
  params: idParam,
  body: commentBody,
  response: { status: 201, description: 'the request with the comment in its timeline', schema: instanceOut },
  errors: [400, 403, 404, 409, 422],
  examples: { request: { user: 'li.si', text: '已电话确认' } },
  handler: async (call) => {
    const ctx = await call.actingAs(call.body.user);
    const { text, attachments } = call.body;
    await actOnInstance(
      ctx,
      { type: 'comment', text, ...(attachments ? { attachments } : {}) },
      call.params.id,
    );
    return readInstance(call, call.params.id, 201);
  },
});
