/**
 * Mirrors `ApplicantFacts` of @signoff/schema structurally; org stays free of other packages so it
 * can be used alone, and TypeScript's structural typing makes the two interchangeable.
 */
export interface ApplicantFacts {
  department: string;
  departments: string[];
  rank: string;
  positions: string[];
}
