import { z } from 'zod';
import { findUserById, inboxCounts, listInstancesByApplicant, listTasksForUser, searchInbox, withTenant } from '@signoff/db';
import { toAppErrorData } from '../app-error.js';
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

const searchInput = z.object({
  box: z.enum(['todo', 'done', 'cc', 'started']),
  q: z.string().trim().max(100).optional(),
  templateKey: z.string().max(100).optional(),
  status: z.enum(['running', 'approved', 'rejected', 'withdrawn', 'cancelled']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** true: only urged or carded requests; false: only the others */
  urgent: z.boolean().optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

export const inboxRouter = router({
  /** The approval centre's four boxes with search, filters and paging. */
  search: authedProcedure.input(searchInput).query(({ ctx, input }) => {
    const { page, pageSize, ...filter } = input;
    return withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) => ({
      page,
      pageSize,
      ...(await searchInbox(tx, ctx.session.tenantId, ctx.session.userId, { ...filter, limit: pageSize, offset: (page - 1) * pageSize })),
    }));
  }),
  /** the numbers on the four tabs (and the unread CCs), each what its box's search totals with no filter */
  counts: authedProcedure.query(({ ctx }) => withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => inboxCounts(tx, ctx.session.tenantId, ctx.session.userId))),
  todo: authedProcedure.query(({ ctx }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => listTasksForUser(tx, ctx.session.tenantId, ctx.session.userId, 'open')),
  ),
  done: authedProcedure.query(({ ctx }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => listTasksForUser(tx, ctx.session.tenantId, ctx.session.userId, 'closed')),
  ),
});

export const tasksRouter = router({
  /**
   * Seed 002 asks for batch approval. Each task is its own transaction, so one refusal (taken by
   * someone else, not yours) never undoes the others; every item reports its own outcome.
   */
  batchApprove: authedProcedure
    .input(z.object({ taskIds: z.array(id).min(1).max(100), comment }))
    .mutation(async ({ ctx, input }) => {
      const results: { taskId: string; ok: boolean; instanceId?: string; error?: ReturnType<typeof toAppErrorData> }[] = [];
      for (const taskId of [...new Set(input.taskIds)]) {
        try {
          const r = await actOnTask(ctx.deps, ctx.session, { type: 'approve', taskId, comment: input.comment });
          results.push({ taskId, ok: true, instanceId: r.instanceId });
        } catch (e) {
          results.push({ taskId, ok: false, error: toAppErrorData(e) });
        }
      }
      return { approved: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results };
    }),
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
