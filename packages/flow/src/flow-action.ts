/** What a user does to a task. `done` completes handle tasks, `read` acknowledges a CC. */
export type FlowAction =
  | { type: 'approve'; taskId: string; actorId: string; comment?: string }
  | { type: 'reject'; taskId: string; actorId: string; reason: string }
  | { type: 'done'; taskId: string; actorId: string; comment?: string }
  | { type: 'read'; taskId: string; actorId: string };
