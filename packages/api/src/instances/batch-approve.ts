import { toAppErrorData, type AppErrorData } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { actOnInstance } from './instance-service.js';

export interface BatchApproveResult {
  approved: number;
  failed: number;
  results: { taskId: string; ok: boolean; instanceId?: string; error?: AppErrorData }[];
}

/**
 * Seed 002 asks for batch approval. Each task is its own transaction, so one refusal (taken by
 * someone else, not yours) never undoes the others; every item reports its own outcome.
 */
export async function batchApprove(
  ctx: ServiceContext,
  input: { taskIds: string[]; comment?: string | undefined },
): Promise<BatchApproveResult> {
  const results: BatchApproveResult['results'] = [];
  for (const taskId of [...new Set(input.taskIds)]) {
    try {
      // an absent comment stays absent, so the engine and the audit see exactly what was sent
      const action = input.comment === undefined ? { taskId } : { taskId, comment: input.comment };
      const r = await actOnInstance(ctx, { type: 'approve', ...action });
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
}
