import type { Condition, JsonValue } from '@signoff/schema';
import { asRef, type OperandRef } from './operand-kind';
import { isLeafOp, opShape, type LeafOp } from './operators';

/**
 * What the builder edits: a tree that may hold unfinished rows (a field chosen, no value yet),
 * which a `Condition` cannot. Only a finished, checked tree becomes a `Condition` again.
 */
export interface DraftRow {
  kind: 'row';
  id: string;
  left?: OperandRef;
  op?: LeafOp;
  /** the right side of a comparison; kept while another shape is chosen, so switching back restores it */
  value?: JsonValue;
  values: JsonValue[];
  min?: JsonValue;
  max?: JsonValue;
}

/** A part the rows cannot show (not, two fields compared, …): kept as it is and shown in words. */
export interface DraftRaw {
  kind: 'raw';
  id: string;
  condition: Condition;
}

export interface DraftGroup {
  kind: 'group';
  id: string;
  op: 'and' | 'or';
  children: DraftNode[];
}

export type DraftNode = DraftRow | DraftRaw | DraftGroup;

export type NewId = () => string;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Row values are scalars; a list or object on the right is something only the JSON view can show. */
const isScalar = (v: unknown): v is JsonValue =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);

export const blankRow = (newId: NewId): DraftRow => ({ kind: 'row', id: newId(), values: [] });

/** A stored condition as a row, when it has a row's shape: a field or applicant attribute against values. */
export function rowFromLeaf(cond: unknown, newId: NewId): DraftRow | undefined {
  if (!isObj(cond) || !isLeafOp(cond.op)) return undefined;
  const op = cond.op;
  const left = asRef(opShape(op) === 'none' ? cond.operand : cond.left);
  if (!left) return undefined;
  const row: DraftRow = { kind: 'row', id: newId(), left, op, values: [] };
  switch (opShape(op)) {
    case 'one': {
      const right = cond.right;
      if (!isObj(right) || !('value' in right) || !isScalar(right.value)) return undefined;
      return { ...row, value: right.value };
    }
    case 'many':
      if (!Array.isArray(cond.values) || !cond.values.every(isScalar)) return undefined;
      return { ...row, values: [...cond.values] };
    case 'range':
      if (!isScalar(cond.min) || !isScalar(cond.max)) return undefined;
      return { ...row, min: cond.min, max: cond.max };
    default:
      return row;
  }
}

function nodeFrom(cond: Condition, newId: NewId, depth: number): DraftNode {
  if ((cond.op === 'and' || cond.op === 'or') && Array.isArray(cond.conditions) && depth < 64) {
    return {
      kind: 'group',
      id: newId(),
      op: cond.op,
      children: cond.conditions.map((c) => nodeFrom(c, newId, depth + 1)),
    };
  }
  return rowFromLeaf(cond, newId) ?? { kind: 'raw', id: newId(), condition: cond };
}

/** The tree for a stored rule; the top is always a group, so a single comparison is a group of one. */
export function draftFromCondition(cond: Condition | undefined, newId: NewId): DraftGroup {
  if (cond === undefined) return { kind: 'group', id: newId(), op: 'and', children: [] };
  const node = nodeFrom(cond, newId, 0);
  return node.kind === 'group' ? node : { kind: 'group', id: newId(), op: 'and', children: [node] };
}

/** The row as a condition, or undefined while a part is missing. */
export function rowCondition(row: DraftRow): Condition | undefined {
  const { left, op } = row;
  if (!left || !op) return undefined;
  switch (opShape(op)) {
    case 'one':
      return row.value === undefined ? undefined : { op: op as 'eq', left, right: { value: row.value } };
    case 'many':
      return row.values.length === 0 ? undefined : { op: op as 'in', left, values: [...row.values] };
    case 'range':
      return row.min === undefined || row.max === undefined
        ? undefined
        : { op: 'between', left, min: row.min, max: row.max };
    default:
      return { op: op as 'empty', operand: left };
  }
}

/**
 * The tree as a condition, leaving out unfinished rows and empty groups, and whether nothing was
 * left out. The top group of one part is that part, so a one-row rule stays a plain comparison.
 */
export function draftCondition(root: DraftGroup): { condition: Condition | undefined; complete: boolean } {
  let complete = true;
  const build = (node: DraftNode): Condition | undefined => {
    if (node.kind === 'raw') return node.condition;
    if (node.kind === 'row') {
      const c = rowCondition(node);
      if (!c) complete = false;
      return c;
    }
    return group(node);
  };
  const group = (node: DraftGroup): Condition | undefined => {
    if (node.children.length === 0 && node !== root) complete = false;
    const parts = node.children.map(build).filter((c): c is Condition => c !== undefined);
    return parts.length === 0 ? undefined : { op: node.op, conditions: parts };
  };
  const parts = root.children.map(build).filter((c): c is Condition => c !== undefined);
  const condition = parts.length <= 1 ? parts[0] : { op: root.op, conditions: parts };
  return { condition, complete };
}

/** Every row and raw part, depth first, in screen order, for numbering ("condition 3") and checking. */
export function leaves(root: DraftGroup): (DraftRow | DraftRaw)[] {
  const out: (DraftRow | DraftRaw)[] = [];
  const walk = (n: DraftNode): void => {
    if (n.kind === 'group') n.children.forEach(walk);
    else out.push(n);
  };
  walk(root);
  return out;
}
