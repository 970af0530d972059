import { draftOrg, startDraft } from './import-draft.js';
import { crossCheck } from './import-cross-checks.js';
import { readDepartments, readHeadPositions } from './import-departments.js';
import { readPositions } from './import-positions.js';
import { summarizeImport } from './import-summary.js';
import { readUsers } from './import-users.js';
import type { ExistingOrg, OrgImportPlan, OrgImportRows } from './org-import-types.js';
import { readImportSheets } from './read-import-sheets.js';

// The import's vocabulary lives in files of its own; it is named here too, where callers have always found it.
export type {
  ExistingOrg,
  ImportCounts,
  ImportProblem,
  ImportRow,
  ImportSheet,
  ImportSummary,
  OrgImportPlan,
  OrgImportRows,
} from './org-import-types.js';
export { ORG_IMPORT_COLUMNS, ORG_SHEET_NAMES, columnOf, sheetMatchesHeaders } from './org-import-columns.js';
export { LIST_SEPARATOR } from './import-cell-words.js';
export { orgToImportRows } from './org-to-import-rows.js';

/**
 * Plans an org import without doing any I/O: merges the file's rows into the existing org by
 * name (departments by name, positions by name within their department, users by login, ranks
 * by name) and lists every problem with its line. Nothing is ever deleted: what the file does not
 * name stays as it is, and a user marked 离职 is deactivated. A column the file does not have
 * leaves that field unchanged; a column that is there but empty clears it (no parent, no rank, no
 * positions), except 状态, where empty keeps the current status.
 *
 * The caller writes `org` only when `ok`: a plan with problems is a dry run's report.
 */
export function planOrgImport(
  rows: OrgImportRows,
  existing: ExistingOrg,
  newId: () => string,
): OrgImportPlan {
  const reader = readImportSheets(rows);
  const draft = startDraft(existing, newId);
  const departments = readDepartments(reader, draft);
  readPositions(reader, draft);
  readHeadPositions(reader, draft, departments);
  readUsers(reader, draft);
  const org = draftOrg(draft);
  crossCheck(reader, draft, org);
  const { problems } = reader;
  return {
    ok: problems.length === 0,
    problems,
    org,
    logins: draft.logins,
    summary: summarizeImport(existing.org, org),
  };
}
