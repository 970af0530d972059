import { z } from 'zod';
import { findUserById, listInstancesByApplicant, listTasksForUser, withTenant } from '@signoff/db';
import { instanceDetail } from '../instance-detail.js';
import { actOnTask, submitInstance } from '../instance-service.js';
import { authedProcedure, router } from '../trpc.js';

const id = z.string().min(1).max(128);
const comment = z.string().trim().max(2000).optional();

export const instancesRouter = router({
  submit: authedProcedure
    .input(z.object({ templateId: id, data: z.record(z.string(), z.unknown()) }))
    .mutation(({ ctx, input }) => submitInstance(ctx.deps, ctx.session, input.templateId, input.data)),

  mine: authedProcedure.query(({ ctx }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => listInstancesByApplicant(tx, ctx.session.tenantId, ctx.session.userId)),
  ),

  get: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const me = await withTenant(ctx.deps.db, ctx.session.tenantId, (tx) =>
      findUserById(tx, ctx.session.tenantId, ctx.session.userId),
    );
    return instanceDetail(ctx.deps, ctx.session, input.id, me?.roles.includes('admin') ?? false);
  }),
});

export const inboxRouter = router({
  todo: authedProcedure.query(({ ctx }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => listTasksForUser(tx, ctx.session.tenantId, ctx.session.userId, 'open')),
  ),
  done: authedProcedure.query(({ ctx }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => listTasksForUser(tx, ctx.session.tenantId, ctx.session.userId, 'closed')),
  ),
});

export const tasksRouter = router({
  approve: authedProcedure
    .input(z.object({ taskId: id, comment }))
    .mutation(({ ctx, input }) => actOnTask(ctx.deps, ctx.session, { type: 'approve', ...input })),
  // the engine refuses an empty reason too; checking here gives the form a field-level message sooner
  reject: authedProcedure
    .input(z.object({ taskId: id, reason: z.string().max(2000) }))
    .mutation(({ ctx, input }) => actOnTask(ctx.deps, ctx.session, { type: 'reject', ...input })),
  done: authedProcedure
    .input(z.object({ taskId: id, comment }))
    .mutation(({ ctx, input }) => actOnTask(ctx.deps, ctx.session, { type: 'done', ...input })),
  read: authedProcedure
    .input(z.object({ taskId: id }))
    .mutation(({ ctx, input }) => actOnTask(ctx.deps, ctx.session, { type: 'read', ...input })),
});
