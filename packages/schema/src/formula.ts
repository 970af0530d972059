/**
 * The formula language of computed fields: JSON, in the spirit of conditions (`{ op, … }` nodes,
 * `{ field }` and `{ value }` leaves), so the designer stores, diffs and type-checks both the same way.
 */
import type { Condition } from './condition.js';

/** A field of the form; inside a table column's formula, a column of the same row wins over a form field of the same key. */
export interface FormulaField {
  field: string;
  /** used when the field is empty (not filled, hidden, or not a number), so optional amounts can add up */
  ifEmpty?: number;
}

export type Formula =
  /** a number, or an ISO date (`YYYY-MM-DD`) where `daysBetween` wants a date */
  | { value: number | string }
  | FormulaField
  | { op: 'add' | 'sub' | 'mul' | 'div'; left: Formula; right: Formula }
  /** the sum of one number column over every row of a table (no rows: 0; empty cells are skipped) */
  | { op: 'sum'; table: string; column: string }
  /** days from `from` to `to` (negative when `to` is earlier); `inclusive` counts both ends, so a day to itself is 1 */
  | { op: 'daysBetween'; from: Formula; to: Formula; inclusive?: boolean }
  /** the same over a date-range field: its start to its end */
  | { op: 'daysBetween'; range: { field: string }; inclusive?: boolean }
  | { op: 'if'; condition: Condition; then: Formula; else: Formula }
  /** half away from zero, to `precision` decimal places (0–10) */
  | { op: 'round'; value: Formula; precision: number };

export type FormulaOp = Extract<Formula, { op: string }>['op'];
