/**
 * The org names a route depends on: positions and departments its approver expressions name, and
 * the department, position and rank literals its branch conditions compare the applicant with.
 * Each comes with its JSON path in the template file, so a missing one can be pointed at.
 * Reads raw JSON defensively: it runs before the route is known to be well formed.
 */
export interface RouteReference {
  kind: 'position' | 'department' | 'rank';
  name: string;
  path: string;
  /**
   * A position named only in a condition (the "applicant heads a department" check): when the
   * tenant lacks it the condition is simply false, so the import does not require it.
   */
  soft?: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const ATTRIBUTE_KIND: Record<string, RouteReference['kind']> = {
  department: 'department',
  departments: 'department',
  positions: 'position',
  rank: 'rank',
};

function expressionRefs(expr: unknown, path: string, out: RouteReference[], depth = 0): void {
  if (!isObj(expr) || depth > 16) return;
  if (expr.kind === 'position' && typeof expr.name === 'string')
    out.push({ kind: 'position', name: expr.name, path: `${path}.name` });
  if (expr.kind === 'departmentHead' && typeof expr.name === 'string')
    out.push({ kind: 'department', name: expr.name, path: `${path}.name` });
  if (expr.kind === 'union' && Array.isArray(expr.of))
    expr.of.forEach((e, i) => expressionRefs(e, `${path}.of[${i}]`, out, depth + 1));
}

/** The applicant attribute an operand reads, if it reads one. */
const attributeOf = (operand: unknown): RouteReference['kind'] | undefined =>
  isObj(operand) && typeof operand.applicant === 'string' ? ATTRIBUTE_KIND[operand.applicant] : undefined;

function conditionRefs(cond: unknown, path: string, out: RouteReference[], depth = 0): void {
  if (!isObj(cond) || depth > 64) return;
  const literal = (kind: RouteReference['kind'] | undefined, v: unknown, at: string) => {
    if (kind && typeof v === 'string')
      out.push({ kind, name: v, path: at, ...(kind === 'position' ? { soft: true } : {}) });
  };
  switch (cond.op) {
    case 'and':
    case 'or':
      if (Array.isArray(cond.conditions))
        cond.conditions.forEach((c, i) => conditionRefs(c, `${path}.conditions[${i}]`, out, depth + 1));
      return;
    case 'not':
      conditionRefs(cond.condition, `${path}.condition`, out, depth + 1);
      return;
    case 'in':
    case 'notIn': {
      const kind = attributeOf(cond.left);
      if (Array.isArray(cond.values)) cond.values.forEach((v, i) => literal(kind, v, `${path}.values[${i}]`));
      return;
    }
    case 'between': {
      const kind = attributeOf(cond.left);
      literal(kind, cond.min, `${path}.min`);
      literal(kind, cond.max, `${path}.max`);
      return;
    }
    default: {
      const left = attributeOf(cond.left);
      const right = attributeOf(cond.right);
      if (left && isObj(cond.right)) literal(left, cond.right.value, `${path}.right.value`);
      if (right && isObj(cond.left)) literal(right, cond.left.value, `${path}.left.value`);
    }
  }
}

/** Every org name the route uses, in file order; `base` is the route's path in the file (`route`). */
export function routeReferences(route: unknown, base = 'route'): RouteReference[] {
  const out: RouteReference[] = [];
  if (!isObj(route)) return out;
  if (Array.isArray(route.nodes)) {
    route.nodes.forEach((n, i) => {
      if (isObj(n)) expressionRefs(n.approvers, `${base}.nodes[${i}].approvers`, out);
    });
  }
  if (Array.isArray(route.edges)) {
    route.edges.forEach((e, i) => {
      if (isObj(e)) conditionRefs(e.condition, `${base}.edges[${i}].condition`, out);
    });
  }
  return out;
}
