import type { Localized } from '@signoff/schema';
import type { RouteOrg } from '../settings/route-org';
import type { FlowDefinition, FlowProblem } from '../settings/route-types';
import type { ImportStrings } from './import.i18n';
import { localized, nodeName } from './localized-text';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Stored and pasted routes are JSON; absurd nesting must not blow the stack (the flow checker stops at 16 too). */
const MAX_DEPTH = 16;

type Missing = { code: string; name: string; say: (s: ImportStrings) => string };

/** What an expression names that the org lacks; structure errors are validateFlow's to report. */
function missingIn(expr: Obj, org: RouteOrg): Missing | undefined {
  const name = text(expr.name);
  switch (expr.kind) {
    case 'position':
      return name !== '' && !org.positions.some((p) => p.name === name)
        ? { code: 'unknown_position', name, say: (s) => s.org.position }
        : undefined;
    case 'departmentHead':
      return name !== '' && !org.departments.some((d) => d.name === name)
        ? { code: 'unknown_department', name, say: (s) => s.org.department }
        : undefined;
    case 'role':
      // roles are not kept as a list: a role exists while some active member holds it
      return name !== '' && !org.users.some((u) => u.active && u.roles.includes(name))
        ? { code: 'unknown_role', name, say: (s) => s.org.role }
        : undefined;
    case 'user': {
      const id = text(expr.id);
      if (id === '') return undefined;
      const user = org.users.find((u) => u.id === id);
      if (!user) return { code: 'unknown_user', name: id, say: (s) => s.org.user };
      return !user.active || user.leftAt !== null
        ? { code: 'user_left', name: user.name, say: (s) => s.org.userLeft }
        : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Every approver expression (inside unions too) that names a position, a department, a role or a
 * person the tenant's org does not have, or a person who has left: a problem on its node, with the
 * path of the expression, so the canvas marks the node and publishing is refused as for the
 * route's own problems. validateFlow cannot see these: it knows the route, not the org.
 */
export function orgReferenceProblems(flow: FlowDefinition, org: RouteOrg): FlowProblem[] {
  const raw: unknown = flow;
  if (!isObj(raw) || !Array.isArray(raw.nodes)) return [];
  const problems: FlowProblem[] = [];
  (raw.nodes as unknown[]).forEach((node, index) => {
    if (!isObj(node) || !('approvers' in node)) return;
    const label: Localized = nodeName(node);
    const at = typeof node.id === 'string' ? { nodeId: node.id } : {};
    const visit = (expr: unknown, path: string, depth: number): void => {
      if (!isObj(expr) || depth > MAX_DEPTH) return;
      if (expr.kind === 'union') {
        if (Array.isArray(expr.of)) expr.of.forEach((part, i) => visit(part, `${path}.of[${i}]`, depth + 1));
        return;
      }
      const missing = missingIn(expr, org);
      if (missing)
        problems.push({
          code: missing.code,
          ...at,
          path,
          message: localized(missing.say, { node: label, name: missing.name }),
        });
    };
    visit(node.approvers, `nodes[${index}].approvers`, 0);
  });
  return problems;
}
