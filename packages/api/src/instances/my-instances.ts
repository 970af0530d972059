import { listInstancesByApplicant, type Queryable } from '@signoff/db';
import type { Viewer } from '../auth/viewer.js';

/** The requests the viewer filed, newest first. */
export function myInstances(tx: Queryable, viewer: Viewer) {
  return listInstancesByApplicant(tx, viewer.tenantId, viewer.userId);
}
