import type { Localized } from '@signoff/schema';
import type { OrgSnapshot } from './org-model.js';

export type ImportSheet = 'departments' | 'positions' | 'users';

/** One data row of a sheet: its line in the file and its cells keyed by the header as written. */
export interface ImportRow {
  line: number;
  cells: Record<string, string>;
}

export interface OrgImportRows {
  departments: ImportRow[];
  positions: ImportRow[];
  users: ImportRow[];
}

/** The tenant's org before the import, with each user's login (userId → login). */
export interface ExistingOrg {
  org: OrgSnapshot;
  logins: Record<string, string>;
}

export interface ImportProblem {
  sheet: ImportSheet;
  /** line in the file (the header is line 1); 0 when the problem is not tied to one row */
  line: number;
  /** the header as written in the file, when the problem is about one cell or column */
  column?: string;
  code: string;
  message: Localized;
}

export interface ImportCounts {
  created: number;
  updated: number;
}

export interface ImportSummary {
  departments: ImportCounts;
  positions: ImportCounts;
  users: ImportCounts & { deactivated: number };
  /** ranks are created only for a tenant that has none yet */
  ranks: { created: number };
}

export interface OrgImportPlan {
  ok: boolean;
  problems: ImportProblem[];
  /** the org as it will be after the import; only meaningful (and only to be written) when `ok` */
  org: OrgSnapshot;
  /** userId → login, existing and new users */
  logins: Record<string, string>;
  summary: ImportSummary;
}
