import { checkCondition, type Condition, type ConditionScope, type Localized } from '@signoff/schema';
import {
  draftCondition,
  leaves,
  rowCondition,
  type DraftGroup,
  type DraftRaw,
  type DraftRow,
} from './condition-draft';

/** Which control of a row a problem is about, so it can be marked and described there. */
export type RowPart = 'left' | 'op' | 'value' | 'min' | 'max' | 'row';

export interface RowProblem {
  part: RowPart;
  message: Localized;
}

export type RowStatus =
  | { state: 'incomplete' }
  | { state: 'invalid'; problems: RowProblem[] }
  | { state: 'ok'; condition: Condition };

/** A checker path inside one row's condition (`right`, `values[1]`, `min` …) as the control it concerns. */
function partOf(path: string): RowPart {
  const head = /^[a-z]+/i.exec(path)?.[0] ?? '';
  switch (head) {
    case 'left':
    case 'operand':
      return 'left';
    case 'op':
      return 'op';
    case 'right':
    case 'values':
      return 'value';
    case 'min':
      return 'min';
    case 'max':
      return 'max';
    default:
      return 'row';
  }
}

/** One row on its own: what a row means does not depend on its neighbours, so it is checked alone. */
export function checkRow(row: DraftRow | DraftRaw, scope: ConditionScope): RowStatus {
  const condition = row.kind === 'raw' ? row.condition : rowCondition(row);
  if (!condition) return { state: 'incomplete' };
  const problems = checkCondition(condition, scope);
  if (problems.length === 0) return { state: 'ok', condition };
  return {
    state: 'invalid',
    problems: problems.map((p) => ({
      part: row.kind === 'raw' ? 'row' : partOf(p.path),
      message: p.message,
    })),
  };
}

export interface DraftCheck {
  statuses: ReadonlyMap<string, RowStatus>;
  /** what the finished rows say, for the rule in words */
  condition: Condition | undefined;
  /** every row is finished and passes the checker: only then does the builder report a change */
  ready: boolean;
}

export function checkDraft(root: DraftGroup, scope: ConditionScope): DraftCheck {
  const statuses = new Map<string, RowStatus>();
  for (const leaf of leaves(root)) statuses.set(leaf.id, checkRow(leaf, scope));
  const { condition, complete } = draftCondition(root);
  const ready = complete && [...statuses.values()].every((s) => s.state === 'ok');
  return { statuses, condition, ready };
}
