import type { FormField, JsonValue } from '@signoff/schema';
import { blankRow, type DraftGroup, type DraftNode, type DraftRow, type NewId } from './condition-draft';
import { operandKind, type OperandRef } from './operand-kind';
import { opShape, operatorsFor, type LeafOp } from './operators';

/** Each edit returns a new tree and leaves the old one alone, so React sees what changed. */
function mapNode(node: DraftNode, id: string, fn: (n: DraftNode) => DraftNode): DraftNode {
  if (node.id === id) return fn(node);
  if (node.kind !== 'group') return node;
  const children = node.children.map((c) => mapNode(c, id, fn));
  return children.every((c, i) => c === node.children[i]) ? node : { ...node, children };
}

export function updateNode(root: DraftGroup, id: string, fn: (n: DraftNode) => DraftNode): DraftGroup {
  return mapNode(root, id, fn) as DraftGroup;
}

export function updateRow(root: DraftGroup, id: string, fn: (r: DraftRow) => DraftRow): DraftGroup {
  return updateNode(root, id, (n) => (n.kind === 'row' ? fn(n) : n));
}

/** Removes a node; a group left empty goes too, since an empty group is a checker error, not a rule. */
export function removeNode(root: DraftGroup, id: string): DraftGroup {
  const prune = (g: DraftGroup): DraftGroup => {
    const children = g.children
      .filter((c) => c.id !== id)
      .map((c) => (c.kind === 'group' ? prune(c) : c))
      .filter((c) => c.kind !== 'group' || c.children.length > 0);
    return { ...g, children };
  };
  return prune(root);
}

export function addRow(root: DraftGroup, groupId: string, newId: NewId): DraftGroup {
  return updateNode(root, groupId, (n) =>
    n.kind === 'group' ? { ...n, children: [...n.children, blankRow(newId)] } : n,
  );
}

/** A nested group starts with one row and the other joiner, since that is why people nest: "A and (B or C)". */
export function addGroup(root: DraftGroup, newId: NewId): DraftGroup {
  const group: DraftGroup = {
    kind: 'group',
    id: newId(),
    op: root.op === 'and' ? 'or' : 'and',
    children: [blankRow(newId)],
  };
  return { ...root, children: [...root.children, group] };
}

export function setGroupOp(root: DraftGroup, id: string, op: 'and' | 'or'): DraftGroup {
  return updateNode(root, id, (n) => (n.kind === 'group' ? { ...n, op } : n));
}

/**
 * A new left side: the operator stays if still allowed, else the first allowed one; values stay
 * only when the new side takes the same kind of value and no option list is involved (another
 * select's options are other values).
 */
export function withLeft(
  row: DraftRow,
  left: OperandRef,
  fields: readonly FormField[],
  ranks?: readonly string[],
): DraftRow {
  const ops = operatorsFor(left, fields, ranks);
  const op = row.op && ops.includes(row.op) ? row.op : ops[0];
  const before = row.left ? operandKind(row.left, fields) : undefined;
  const after = operandKind(left, fields);
  const keep = before === after && after !== 'option' && after !== 'options';
  const base: DraftRow = keep ? { ...row, left } : { kind: 'row', id: row.id, left, values: [] };
  return { ...base, op };
}

/** A new operator; the value typed so far moves to the new shape (one value, a list, a range). */
export function withOp(row: DraftRow, op: LeafOp): DraftRow {
  const first: JsonValue | undefined = row.value ?? row.values[0] ?? row.min;
  switch (opShape(op)) {
    case 'one':
      return { ...row, op, value: first };
    case 'many':
      return { ...row, op, values: row.values.length > 0 ? row.values : first === undefined ? [] : [first] };
    case 'range':
      return { ...row, op, min: row.min ?? first };
    default:
      return { ...row, op };
  }
}
