import type { RouterOutputs } from '../../api/trpc';

export type SupervisedTask = RouterOutputs['supervision']['tasks'][number];

/** How long a task is past its time limit, in ms; 0 when it is not (or has no limit). */
export function overdueMs(task: Pick<SupervisedTask, 'dueAt'>, now: number): number {
  if (!task.dueAt) return 0;
  const due = new Date(task.dueAt).getTime();
  return Number.isNaN(due) ? 0 : Math.max(0, now - due);
}
