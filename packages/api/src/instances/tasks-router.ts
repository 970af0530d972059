import { z } from 'zod';
import { toAppErrorData } from '../trpc/app-error.js';
import { actOnTask } from './instance-service.js';
import { authedProcedure, router } from '../trpc/trpc.js';

const id = z.string().min(1).max(128);
const comment = z.string().trim().max(2000).optional();

// approve/reject/done/read duplicate actions.*; they go once the web has moved (issue 13, later)
export const tasksRouter = router({
  /**
   * Seed 002 asks for batch approval. Each task is its own transaction, so one refusal (taken by
   * someone else, not yours) never undoes the others; every item reports its own outcome.
   */
  batchApprove: authedProcedure
    .input(z.object({ taskIds: z.array(id).min(1).max(100), comment }))
    .mutation(async ({ ctx, input }) => {
      const results: {
        taskId: string;
        ok: boolean;
        instanceId?: string;
        error?: ReturnType<typeof toAppErrorData>;
      }[] = [];
      for (const taskId of [...new Set(input.taskIds)]) {
        try {
          const r = await actOnTask(ctx.deps, ctx.session, {
            type: 'approve',
            taskId,
            comment: input.comment,
          });
          results.push({ taskId, ok: true, instanceId: r.instanceId });
        } catch (e) {
          results.push({ taskId, ok: false, error: toAppErrorData(e) });
        }
      }
      return {
        approved: results.filter((r) => r.ok).length,
        failed: results.filter((r) => !r.ok).length,
        results,
      };
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
