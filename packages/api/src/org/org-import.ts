import { loadOrgSnapshot, loadUserLogins, lockTenantWork, writeOrgImport } from '@signoff/db';
import { planOrgImport, type ImportProblem, type ImportSheet, type ImportSummary } from '@signoff/org';
import type { AppError } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { readOrgWorkbook, writeOrgWorkbook, type OrgFileFormat } from './org-file.js';
import { badFile, decodeBase64Upload, fileRefused } from '../attachments/uploaded-file.js';
import { importChanges, type ImportChanges } from './import-changes.js';

/** Larger files are refused before they are parsed (an org of tens of thousands of people is far below this). */
export const MAX_ORG_FILE_BYTES = 10 * 1024 * 1024;

export interface ImportOrgInput {
  format: OrgFileFormat;
  /** for a CSV: which sheet it holds (guessed from its headers when left out); for an .xlsx: read only this sheet */
  sheet?: ImportSheet | undefined;
  contentBase64: string;
  /** check and count only; nothing is written */
  dryRun: boolean;
}

export interface ImportOrgResult {
  dryRun: boolean;
  summary: ImportSummary;
  /** the names behind the summary's counts */
  changes: ImportChanges;
}

/** The refusal of a file with problems: every problem, each named by its sheet and line (`users:5`). */
export function importRefused(problems: ImportProblem[]): AppError {
  return fileRefused('errors.importRefused', problems);
}

/**
 * Imports departments, positions and users from an .xlsx or CSV file into the caller's tenant
 * (the caller checks admin rights). Rows are matched by name (users by login): existing ones are
 * updated, new ones created, nothing is deleted, and a user marked 离职 is deactivated. A file
 * with any problem is refused whole (AppError `validation_failed`, `errors.importRefused`, one
 * field error per problem, path `sheet:line`) and nothing is written; a dry run checks and counts
 * without writing. New users have no password and must set one (an admin resets it) before they log in.
 */
export async function importOrg(ctx: ServiceContext, input: ImportOrgInput): Promise<ImportOrgResult> {
  const bytes = decodeBase64Upload(input.contentBase64);
  if (bytes.byteLength === 0) throw badFile('errors.importEmpty', '文件是空的', 'The file is empty');
  if (bytes.byteLength > MAX_ORG_FILE_BYTES)
    throw badFile(
      'errors.importTooLarge',
      `文件过大（最大 ${MAX_ORG_FILE_BYTES / 1024 / 1024} MB）`,
      `The file is too large (at most ${MAX_ORG_FILE_BYTES / 1024 / 1024} MB)`,
    );
  const rows = await readOrgWorkbook(bytes, input.format, input.sheet);
  if (rows.departments.length + rows.positions.length + rows.users.length === 0)
    throw badFile('errors.importEmpty', '文件中没有可导入的行', 'The file has no rows to import');

  const { deps } = ctx;
  const { tenantId } = ctx.session;
  return ctx.tx(async (tx) => {
    // one import of a tenant at a time: two would plan the same new departments against the same org
    await lockTenantWork(tx, 'org-import', tenantId);
    const before = await loadOrgSnapshot(tx, tenantId);
    const logins = await loadUserLogins(tx, tenantId);
    const plan = planOrgImport(rows, { org: before, logins }, deps.newId);
    if (!plan.ok) throw importRefused(plan.problems);
    if (!input.dryRun)
      await writeOrgImport(tx, tenantId, { before, after: plan.org, logins: plan.logins, now: deps.clock() });
    return { dryRun: input.dryRun, summary: plan.summary, changes: importChanges(before, plan.org) };
  });
}

export interface ExportOrgResult {
  /** e.g. `org-20261126.xlsx` */
  fileName: string;
  contentBase64: string;
}

/** The tenant's departments, positions and users as an .xlsx that `importOrg` reads back unchanged. */
export async function exportOrg(ctx: ServiceContext): Promise<ExportOrgResult> {
  const { deps } = ctx;
  const { tenantId } = ctx.session;
  const { org, logins } = await ctx.tx(async (tx) => ({
    org: await loadOrgSnapshot(tx, tenantId),
    logins: await loadUserLogins(tx, tenantId),
  }));
  const bytes = await writeOrgWorkbook(org, logins);
  const day = deps.clock().toISOString().slice(0, 10).replaceAll('-', '');
  return { fileName: `org-${day}.xlsx`, contentBase64: Buffer.from(bytes).toString('base64') };
}

/**
 * An empty workbook with the three sheets and their headers, for an admin starting from nothing:
 * the export of an org without rows, so it always has the columns the import reads.
 */
export async function orgImportTemplate(): Promise<ExportOrgResult> {
  const empty = {
    departments: [],
    positions: [],
    ranks: [],
    users: [],
    supervisions: [],
    delegations: [],
    adminUserIds: [],
  };
  const bytes = await writeOrgWorkbook(empty, {});
  return { fileName: 'org-template.xlsx', contentBase64: Buffer.from(bytes).toString('base64') };
}
