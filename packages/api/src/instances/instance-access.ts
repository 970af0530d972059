import { getInstance, cachedVersion, type InstanceRow, type Queryable } from '@signoff/db';
import type { InstanceState } from '@signoff/flow';

/**
 * Who takes part in a request, and so may read it and its files: the applicant, everyone who
 * has or had a task on it (a CC too, and whoever handed a task on), and the template's
 * supervisors (督办人), who follow its progress and may urge, reassign and extend. Admins may
 * read every request; callers add that themselves.
 */
export function takesPart(instance: InstanceRow, userId: string, supervisorIds: readonly string[]): boolean {
  const state = instance.state as InstanceState;
  return (
    instance.applicantId === userId ||
    state.tasks.some((t) => t.assigneeId === userId || t.transferredFrom === userId) ||
    supervisorIds.includes(userId)
  );
}

/** `takesPart` for a request known by id; false when it does not exist in the tenant. */
export async function takesPartIn(
  tx: Queryable,
  tenantId: string,
  userId: string,
  instanceId: string,
): Promise<boolean> {
  const instance = await getInstance(tx, tenantId, instanceId);
  if (!instance) return false;
  const version = await cachedVersion(tx, tenantId, instance.versionId);
  return takesPart(instance, userId, version?.supervisorIds ?? []);
}
