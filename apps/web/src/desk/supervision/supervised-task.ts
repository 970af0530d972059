import type { RouterOutputs } from '../../api/trpc';

export type SupervisedTask = RouterOutputs['supervision']['tasks'][number];

/** How long a task is past its time limit, in ms, as the server counts it (not this device's clock); 0 when it is not. */
export function overdueMs(task: Pick<SupervisedTask, 'overdueMs'>): number {
  return task.overdueMs;
}

/** How many open tasks the desk asks for at once; the extend dialog reads the same list. */
export const SUPERVISION_LIMIT = 200;
