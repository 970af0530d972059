import type { FormField } from '@signoff/schema';
import type { RouteOrg, RouteOrgUser } from './route-org';
import type { ApproverExpression, ApproverKind } from './route-types';

/** Fields a supervising leader can be found by: one category value (a select or radio). */
export const categoryFields = (fields: readonly FormField[]): FormField[] =>
  fields.filter((f) => f.type === 'select' || f.type === 'radio');

/** Fields that hold people, for "a person in the form". */
export const personFields = (fields: readonly FormField[]): FormField[] =>
  fields.filter((f) => f.type === 'user');

const unique = (names: readonly string[]): string[] => [...new Set(names.filter((n) => n !== ''))];

/** Position names as the resolver matches them (by name: 出纳 in two departments is one choice). */
export const positionNames = (org: RouteOrg | undefined): string[] =>
  unique((org?.positions ?? []).map((p) => p.name));

export const departmentNames = (org: RouteOrg | undefined): string[] =>
  unique([...(org?.departments ?? [])].sort((a, b) => a.order - b.order).map((d) => d.name));

/** Roles exist only as labels on people; the ones someone active holds. */
export const roleNames = (org: RouteOrg | undefined): string[] =>
  unique((org?.users ?? []).filter((u) => u.active).flatMap((u) => u.roles)).sort();

/** People who can still be named (active, not left). */
export const activeUsers = (org: RouteOrg | undefined): RouteOrgUser[] =>
  (org?.users ?? []).filter((u) => u.active && u.leftAt === null);

/** Kinds that are complete the moment they are picked; the others wait for a name, a field or a person. */
export function expressionOnPick(kind: ApproverKind): ApproverExpression | undefined {
  switch (kind) {
    case 'deptHead':
      return { kind: 'deptHead', level: 1 };
    case 'supervisingLeader':
      return { kind: 'supervisingLeader', by: 'department' };
    case 'chosenBySubmitter':
      return { kind: 'chosenBySubmitter' };
    default:
      return undefined;
  }
}

/** A union's members flat, so each reads as one row of the picker (a union of unions means the same). */
export function approverParts(expr: ApproverExpression): ApproverExpression[] {
  // stored JSON may hold a union without a list; it then reads as one (unrecognised) row
  return expr.kind === 'union' && Array.isArray(expr.of) ? expr.of.flatMap(approverParts) : [expr];
}

/** The rows back into one expression: a single row is itself, several a union. */
export function joinParts(parts: readonly ApproverExpression[]): ApproverExpression | undefined {
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { kind: 'union', of: [...parts] };
}
