/**
 * The one expression language of Signoff: field visibility and route branches both use it,
 * so a condition that type-checks in the designer means the same thing on the server.
 */
import type { JsonValue } from './json-value.js';

export type { JsonValue };

/** Applicant attributes a condition may read. `rank` compares by the tenant's rank order. */
export type ApplicantAttribute = 'department' | 'departments' | 'rank' | 'positions';

export type Operand = { field: string } | { applicant: ApplicantAttribute } | { value: JsonValue };

export type Condition =
  | { op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'; left: Operand; right: Operand }
  | { op: 'in' | 'notIn'; left: Operand; values: JsonValue[] }
  | { op: 'between'; left: Operand; min: JsonValue; max: JsonValue }
  | { op: 'empty' | 'notEmpty'; operand: Operand }
  | { op: 'and' | 'or'; conditions: Condition[] }
  | { op: 'not'; condition: Condition };

/** What an applicant looks like to a condition: names, not ids, because designers write names. */
export interface ApplicantFacts {
  /** primary department name */
  department: string;
  /** primary, secondary and virtual department names */
  departments: string[];
  rank: string;
  positions: string[];
}

export interface ConditionContext {
  form: Record<string, unknown>;
  applicant?: ApplicantFacts;
  /** the tenant's ranks, lowest first, so that rank comparisons follow the company's order */
  ranks?: string[];
}
