import { supervisedTasks, type Queryable } from '@signoff/db';
import type { Viewer } from '../auth/viewer.js';

/** Open work of the templates the viewer supervises (an admin: of every template), red cards first. */
export function supervisionDesk(
  tx: Queryable,
  viewer: Viewer,
  input: { onlyOverdue: boolean; limit: number },
  now: Date,
) {
  return supervisedTasks(tx, viewer.tenantId, viewer.userId, {
    all: viewer.isAdmin,
    onlyOverdue: input.onlyOverdue,
    now: now.toISOString(),
    limit: input.limit,
  });
}
