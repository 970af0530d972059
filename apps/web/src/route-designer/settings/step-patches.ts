import type { FormField } from '@signoff/schema';
import type { FieldPermission, NodeActionType, RouteNodePatch, StepNode } from './route-types';

/** The actions an officer switches on and off; the deciding ones are implied. */
export type OptionalAction = 'return' | 'transfer' | 'addSigner' | 'acknowledge';

/** Which optional actions the node's type can have at all (a handle step cannot add signers or acknowledge). */
export const optionalActions = (node: StepNode): OptionalAction[] =>
  node.type === 'approve' ? ['return', 'transfer', 'addSigner', 'acknowledge'] : ['return', 'transfer'];

const implied = (node: StepNode): NodeActionType[] =>
  node.type === 'approve' ? ['approve', 'reject'] : ['done', 'reject'];

/**
 * Whether the action is on. No `allowedActions` means every action, but 已阅 also needs
 * `acknowledgeAllowed` (the engine asks for both).
 */
export function actionOn(node: StepNode, action: OptionalAction): boolean {
  const listed = node.allowedActions === undefined || node.allowedActions.includes(action);
  return action === 'acknowledge' ? listed && node.acknowledgeAllowed === true : listed;
}

/**
 * The patch that turns one optional action on or off. With every optional action on, the list is
 * dropped (the default: all); otherwise it is the implied actions plus the ones on.
 */
export function actionPatch(node: StepNode, action: OptionalAction, on: boolean): RouteNodePatch {
  const offered = optionalActions(node);
  const wanted = offered.filter((a) => (a === action ? on : actionOn(node, a)));
  // 已阅 lives in its flag; the list only has to let it through
  const listed = offered.filter((a) => a !== 'acknowledge');
  const allListed = listed.every((a) => wanted.includes(a));
  const patch: RouteNodePatch = {
    allowedActions: allListed ? undefined : [...implied(node), ...wanted],
  };
  if (action === 'acknowledge') patch.acknowledgeAllowed = on || undefined;
  return patch;
}

export type TimeUnit = 'none' | 'hours' | 'workingDays';

/** The node's time limit as the designer shows it; `timeLimit.hours` wins over the first version's `timeLimitHours`. */
export function timeLimitOf(node: StepNode): { unit: TimeUnit; amount: number | undefined } {
  if (node.timeLimit?.hours !== undefined) return { unit: 'hours', amount: node.timeLimit.hours };
  if (node.timeLimit?.workingDays !== undefined)
    return { unit: 'workingDays', amount: node.timeLimit.workingDays };
  if (node.timeLimitHours !== undefined) return { unit: 'hours', amount: node.timeLimitHours };
  return { unit: 'none', amount: undefined };
}

/** Where a unit starts when picked: a day in hours, or one working day. */
const DEFAULT_AMOUNT: Record<Exclude<TimeUnit, 'none'>, number> = { hours: 24, workingDays: 1 };

/** The patch for a time limit; the old `timeLimitHours` is always cleared so one setting remains. */
export function timeLimitPatch(unit: TimeUnit, amount?: number): RouteNodePatch {
  if (unit === 'none') return { timeLimit: undefined, timeLimitHours: undefined };
  const n = amount ?? DEFAULT_AMOUNT[unit];
  return { timeLimit: unit === 'hours' ? { hours: n } : { workingDays: n }, timeLimitHours: undefined };
}

/** The reminder patch: both boxes empty is the engine's default (24 h, once), stored as nothing. */
export function reminderPatch(
  afterHours: number | undefined,
  repeatHours: number | undefined,
): RouteNodePatch {
  if (afterHours === undefined && repeatHours === undefined) return { reminder: undefined };
  return {
    reminder: { afterHours: afterHours ?? 24, ...(repeatHours !== undefined ? { repeatHours } : {}) },
  };
}

/** Fields a step can have a permission on: description blocks show nothing to edit or hide. */
export const permissionFields = (fields: readonly FormField[]): FormField[] =>
  fields.filter((f) => f.type !== 'description');

/** Fields whose value the approver cannot type (worked out, or given by the system). */
export const readOnlyField = (f: FormField): boolean => f.type === 'computed' || f.type === 'serialNumber';

/** Unlisted fields are `read`, so `read` is stored as nothing and an all-read map as no map. */
export function permissionsWith(
  current: Readonly<Record<string, FieldPermission>> | undefined,
  key: string,
  permission: FieldPermission,
): Record<string, FieldPermission> | undefined {
  const next: Record<string, FieldPermission> = { ...current };
  if (permission === 'read') delete next[key];
  else next[key] = permission;
  return Object.keys(next).length === 0 ? undefined : next;
}

export function allPermissions(
  fields: readonly FormField[],
  permission: FieldPermission,
): Record<string, FieldPermission> | undefined {
  if (permission === 'read') return undefined;
  return Object.fromEntries(permissionFields(fields).map((f) => [f.key, permission]));
}
