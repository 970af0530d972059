import { findUserByLogin, searchInbox } from '@signoff/db';
import { actOnInstance, type EngineActionInput } from '../../instances/instance-service.js';
import { z } from 'zod';
import type { RestCall, RestResult } from './operation.js';
import { defineOperation } from './operation.js';
import { readInstance } from './instance-operations.js';
import { restErrors } from './rest-errors.js';
import {
  approveBody,
  instanceOut,
  loginParam,
  rejectBody,
  returnBody,
  taskParam,
  transferBody,
  userTask,
} from './rest-schemas.js';

/**
 * Acts on a task as its assignee: the engine refuses a task that is not theirs (403) or no
 * longer open (409), exactly as if the user had clicked; the audit line names the token.
 */
async function actOnTask(
  call: RestCall<{ taskId: string }, unknown, { user: string }>,
  input: EngineActionInput,
): Promise<RestResult> {
  const ctx = await call.actingAs(call.body.user);
  const { instanceId } = await actOnInstance(ctx, input);
  return readInstance(call, instanceId);
}

const ACT_ERRORS = [400, 403, 404, 409, 422] as const;
const ACT_DESCRIPTION =
  " Acts as the named active user, on their own task only, with the engine's checks as if they had clicked; " +
  'the audit log records it as done via this API token for that user. Send an Idempotency-Key to retry safely.';
const after = { status: 200 as const, description: 'the request after the action', schema: instanceOut };

export const listUserTasks = defineOperation({
  operationId: 'listUserTasks',
  method: 'GET',
  path: '/users/{login}/tasks',
  summary: "A user's open tasks",
  description: "What waits in the user's to-do box (approve and handle tasks), most overdue first.",
  tags: ['tasks'],
  scope: 'act-for-users',
  params: loginParam,
  response: { status: 200, description: 'the open tasks', schema: z.array(userTask) },
  errors: [403, 404, 422],
  examples: {
    response: [
      {
        taskId: 'task-1',
        instanceId: 'inst-1',
        serialNo: 'QJ-202611-0001',
        title: { zh: '请假申请', en: 'Leave request' },
        nodeName: { zh: '直属主管审批', en: 'Line manager' },
        kind: 'approve',
        createdAt: '2026-11-24T02:00:01.000Z',
        dueAt: null,
      },
    ],
  },
  handler: async (call) => {
    const { tenantId } = call.token;
    const user = await call.system.tx((tx) => findUserByLogin(tx, tenantId, call.params.login));
    if (!user?.active) throw restErrors.userNotFound(call.params.login);
    const { items } = await call.system.tx((tx) =>
      searchInbox(tx, tenantId, user.id, { box: 'todo', limit: 500, offset: 0 }),
    );
    const tasks = items.flatMap((i) =>
      i.task
        ? [
            {
              taskId: i.task.id,
              instanceId: i.instanceId,
              serialNo: i.serialNo,
              title: i.templateTitle,
              nodeName: i.task.nodeName,
              kind: i.task.kind,
              createdAt: i.task.createdAt,
              dueAt: i.task.dueAt,
            },
          ]
        : [],
    );
    return { status: 200, body: tasks };
  },
});

export const approveTask = defineOperation({
  operationId: 'approveTask',
  method: 'POST',
  path: '/tasks/{taskId}/approve',
  summary: 'Approve a task for its assignee',
  description: 'Approves (同意) the task.' + ACT_DESCRIPTION,
  tags: ['tasks'],
  scope: 'act-for-users',
  idempotent: true,
  params: taskParam,
  body: approveBody,
  response: after,
  errors: ACT_ERRORS,
  examples: { request: { user: 'li.si', comment: '同意' } },
  handler: (call) =>
    actOnTask(call, {
      type: 'approve',
      taskId: call.params.taskId,
      ...(call.body.comment ? { comment: call.body.comment } : {}),
    }),
});

export const rejectTask = defineOperation({
  operationId: 'rejectTask',
  method: 'POST',
  path: '/tasks/{taskId}/reject',
  summary: 'Reject a task for its assignee',
  description: 'Rejects (驳回) the request at this task; a reason is required.' + ACT_DESCRIPTION,
  tags: ['tasks'],
  scope: 'act-for-users',
  idempotent: true,
  params: taskParam,
  body: rejectBody,
  response: after,
  errors: ACT_ERRORS,
  examples: { request: { user: 'li.si', reason: '预算不足' } },
  handler: (call) =>
    actOnTask(call, { type: 'reject', taskId: call.params.taskId, reason: call.body.reason }),
});

export const returnTask = defineOperation({
  operationId: 'returnTask',
  method: 'POST',
  path: '/tasks/{taskId}/return',
  summary: 'Return a request to an earlier step or the applicant',
  description:
    'Sends the request back (退回) to `toNode`, an earlier step, or by default to the applicant.' +
    ACT_DESCRIPTION,
  tags: ['tasks'],
  scope: 'act-for-users',
  idempotent: true,
  params: taskParam,
  body: returnBody,
  response: after,
  errors: ACT_ERRORS,
  examples: { request: { user: 'li.si', reason: '请补充病假证明' } },
  handler: (call) =>
    actOnTask(call, {
      type: 'return',
      taskId: call.params.taskId,
      toNodeId: call.body.toNode ?? 'applicant',
      reason: call.body.reason,
    }),
});

export const transferTask = defineOperation({
  operationId: 'transferTask',
  method: 'POST',
  path: '/tasks/{taskId}/transfer',
  summary: 'Hand a task over to another user',
  description: 'Transfers (转交) the task to the active user `to`.' + ACT_DESCRIPTION,
  tags: ['tasks'],
  scope: 'act-for-users',
  idempotent: true,
  params: taskParam,
  body: transferBody,
  response: after,
  errors: ACT_ERRORS,
  examples: { request: { user: 'li.si', to: 'wang.wu', comment: '请王五处理' } },
  handler: async (call) => {
    const { tenantId } = call.token;
    const to = await call.system.tx((tx) => findUserByLogin(tx, tenantId, call.body.to));
    if (!to?.active) throw restErrors.userNotFound(call.body.to);
    return actOnTask(call, {
      type: 'transfer',
      taskId: call.params.taskId,
      toUserId: to.id,
      ...(call.body.comment ? { comment: call.body.comment } : {}),
    });
  },
});
