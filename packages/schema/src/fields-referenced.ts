import type { Condition } from './condition.js';

/** Field keys a condition reads, each once, in order of first appearance: what the designer must keep when a field is deleted. */
export function fieldsReferenced(cond: Condition): string[] {
  const found = new Set<string>();
  const visitOperand = (o: unknown) => {
    if (typeof o === 'object' && o !== null && 'field' in o && typeof o.field === 'string') found.add(o.field);
  };
  const visit = (c: Condition) => {
    switch (c.op) {
      case 'and':
      case 'or':
        c.conditions.forEach(visit);
        break;
      case 'not':
        visit(c.condition);
        break;
      case 'empty':
      case 'notEmpty':
        visitOperand(c.operand);
        break;
      case 'in':
      case 'notIn':
      case 'between':
        visitOperand(c.left);
        break;
      default:
        visitOperand(c.left);
        visitOperand(c.right);
    }
  };
  visit(cond);
  return [...found];
}
