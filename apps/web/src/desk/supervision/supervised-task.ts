import type { RouterOutputs } from '../../api/trpc';

export type SupervisedTask = RouterOutputs['supervision']['tasks'][number];

/** How long a task is past its time limit, in ms, as the server counts it (not this device's clock); 0 when it is not. */
export function overdueMs(task: Pick<SupervisedTask, 'overdueMs'>): number {
  return task.overdueMs;
}
