import { z } from 'zod';
import type { ServiceContext } from '../trpc/service-context.js';
import { batchApprove } from './batch-approve.js';
import { actOnInstance, type EngineActionInput } from './instance-service.js';
import { tenantProcedure, router } from '../trpc/trpc.js';

const id = z.string().min(1).max(128);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalComment = z.string().trim().max(2000).optional();
/** the id of a signature image the actor uploaded (POST /files) */
const signature = id.optional();
/** an approver's changes to the fields their step marks 'edit'; checked like a submission */
const data = z.record(z.string().min(1).max(128), z.unknown()).optional();

/** Drops absent optional keys, so the engine sees exactly what the person sent. */
const clean = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const act = (ctx: ServiceContext, input: Record<string, unknown> & { type: string }, instanceId?: string) =>
  actOnInstance(ctx, clean(input) as EngineActionInput, instanceId);

/**
 * Every engine action: the engine decides who may do what (assignee, applicant, supervisor,
 * admin) and answers anyone else with a typed, translated refusal.
 */
export const actionsRouter = router({
  /** several approvals at once, each in its own transaction and with its own outcome */
  batchApprove: tenantProcedure
    .input(z.object({ taskIds: z.array(id).min(1).max(100), comment: optionalComment }))
    .mutation(({ ctx, input }) => batchApprove(ctx, input)),
  approve: tenantProcedure
    .input(z.object({ taskId: id, comment: optionalComment, signature, data }))
    .mutation(({ ctx, input }) => act(ctx, { type: 'approve', ...input })),
  reject: tenantProcedure
    .input(z.object({ taskId: id, reason: text(2000), signature }))
    .mutation(({ ctx, input }) => act(ctx, { type: 'reject', ...input })),
  done: tenantProcedure
    .input(z.object({ taskId: id, comment: optionalComment, signature, data }))
    .mutation(({ ctx, input }) => act(ctx, { type: 'done', ...input })),
  /** a CC (知会) task marked as read */
  read: tenantProcedure
    .input(z.object({ taskId: id }))
    .mutation(({ ctx, input }) => act(ctx, { type: 'read', ...input })),
  acknowledge: tenantProcedure
    .input(z.object({ taskId: id, comment: optionalComment, signature }))
    .mutation(({ ctx, input }) => act(ctx, { type: 'acknowledge', ...input })),
  /** 退回 to an earlier step (its node id) or to the applicant */
  return: tenantProcedure
    .input(z.object({ taskId: id, toNodeId: id, reason: text(2000) }))
    .mutation(({ ctx, input }) => act(ctx, { type: 'return', ...input })),
  transfer: tenantProcedure
    .input(z.object({ taskId: id, toUserId: id, comment: optionalComment }))
    .mutation(({ ctx, input }) => act(ctx, { type: 'transfer', ...input })),
  addSigner: tenantProcedure
    .input(
      z.object({
        taskId: id,
        userIds: z.array(id).min(1).max(20),
        position: z.enum(['before', 'after']),
        comment: optionalComment,
      }),
    )
    .mutation(({ ctx, input }) => act(ctx, { type: 'addSigner', ...input })),
  resubmit: tenantProcedure
    .input(
      z.object({
        instanceId: id,
        form: z.record(z.string(), z.unknown()).optional(),
        comment: optionalComment,
      }),
    )
    .mutation(({ ctx, input: { instanceId, ...rest } }) =>
      act(ctx, { type: 'resubmit', ...rest }, instanceId),
    ),
  withdraw: tenantProcedure
    .input(z.object({ instanceId: id, comment: optionalComment }))
    .mutation(({ ctx, input: { instanceId, ...rest } }) =>
      act(ctx, { type: 'withdraw', ...rest }, instanceId),
    ),
  urge: tenantProcedure
    .input(z.object({ instanceId: id, taskId: id.optional(), comment: optionalComment }))
    .mutation(({ ctx, input: { instanceId, ...rest } }) => act(ctx, { type: 'urge', ...rest }, instanceId)),
  comment: tenantProcedure
    .input(
      z.object({
        instanceId: id,
        text: text(4000),
        attachments: z
          .array(z.object({ id, name: z.string().min(1).max(255) }))
          .max(20)
          .optional(),
      }),
    )
    .mutation(({ ctx, input: { instanceId, ...rest } }) =>
      act(ctx, { type: 'comment', ...rest }, instanceId),
    ),
  cancel: tenantProcedure
    .input(z.object({ instanceId: id, reason: text(2000) }))
    .mutation(({ ctx, input: { instanceId, ...rest } }) => act(ctx, { type: 'cancel', ...rest }, instanceId)),
  /** the template supervisor (overdue tasks) or an admin (any open task) */
  reassign: tenantProcedure
    .input(z.object({ taskId: id, toUserId: id, reason: z.string().trim().max(2000).optional() }))
    .mutation(({ ctx, input }) => act(ctx, { type: 'reassign', ...input })),
  extend: tenantProcedure
    .input(z.object({ taskId: id, workingDays: z.union([z.literal(1), z.literal(2)]), reason: text(2000) }))
    .mutation(({ ctx, input }) => act(ctx, { type: 'extend', ...input })),
});
