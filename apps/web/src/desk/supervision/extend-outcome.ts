import type { SupervisedTask } from './supervised-task';

/** Where an extended task stands, from the open tasks as the server lists them right after the extension. */
export type ExtendOutcome =
  | { kind: 'onTime'; dueAt: string }
  | { kind: 'stillOverdue'; dueAt: string; overdueMs: number }
  /** the task is not in the list (it was closed meanwhile, or the list is cut off) */
  | { kind: 'unknown' };

export function extendOutcome(
  open: readonly Pick<SupervisedTask, 'taskId' | 'dueAt' | 'overdueMs'>[] | undefined,
  taskId: string,
): ExtendOutcome {
  const task = open?.find((x) => x.taskId === taskId);
  if (!task?.dueAt) return { kind: 'unknown' };
  // two working days may not be enough for a task that was already weeks late
  return task.overdueMs > 0
    ? { kind: 'stillOverdue', dueAt: task.dueAt, overdueMs: task.overdueMs }
    : { kind: 'onTime', dueAt: task.dueAt };
}
