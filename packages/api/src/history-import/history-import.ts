import { createHash } from 'node:crypto';
import {
  appendAudit,
  firstImportOfFile,
  insertImportedInstance,
  listPublishedTemplates,
  lockTenantWork,
  loadOrgSnapshot,
  loadUserLogins,
  raiseSerialCounter,
  recordHistoryImport,
  takenSerials,
  withTenant,
} from '@signoff/db';
import type { FlowDefinition } from '@signoff/flow';
import type { FormModel, JsonSchema, Localized } from '@signoff/schema';
import type { AppError } from '../trpc/app-error.js';
import type { ApiDeps } from '../trpc/context.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { MAX_ORG_FILE_BYTES } from '../org/org-import.js';
import {
  planHistoryImport,
  type HistoryProblem,
  type HistorySheetSummary,
  type HistoryTemplate,
} from './plan-history-import.js';
import { isFixedHeader } from './history-columns.js';
import { textOf } from './history-values.js';
import { readHistoryWorkbook, type HistoryCell } from './history-workbook.js';
import { badFile, decodeBase64Upload, fileRefused } from '../attachments/uploaded-file.js';

/** Rows in one file at most: a few years of a company's requests, in one transaction. */
export const MAX_HISTORY_ROWS = 20_000;

/** Who imports: an admin's session, or the command line (`userId` null). */
export interface HistoryActor {
  tenantId: string;
  userId: string | null;
}

export interface ImportHistoryInput {
  /** the workbook's name, kept with every imported request (`旧系统导出.xlsx`) */
  fileName: string;
  contentBase64: string;
  /** check and count only; nothing is written */
  dryRun: boolean;
}

export interface ImportHistoryResult {
  dryRun: boolean;
  fileName: string;
  /** SHA-256 of the file, hex */
  fileHash: string;
  sheets: HistorySheetSummary[];
  /** requests imported (to be imported, in a dry run) */
  imported: number;
  /** rows imported before, left as they are */
  unchanged: number;
  /** when a file with the very same content was imported before */
  previousImport: { at: string; fileName: string } | null;
  message: Localized;
}

/** The refusal of a file with problems: every problem, each named by its sheet and line (`请假申请:5`). */
export function historyRefused(problems: readonly HistoryProblem[]): AppError {
  return fileRefused('errors.historyImportRefused', problems);
}

function summaryMessage(dryRun: boolean, imported: number, unchanged: number): Localized {
  if (imported === 0)
    return {
      zh: `没有需要导入的申请：这 ${unchanged} 条都已导入过，什么也没有改变。`,
      en: `Nothing to import: all ${unchanged} request${unchanged === 1 ? ' was' : 's were'} imported before; nothing changed.`,
    };
  const skip =
    unchanged > 0
      ? { zh: `，${unchanged} 条已导入过，保持不变`, en: `; ${unchanged} imported before stay as they are` }
      : { zh: '', en: '' };
  return dryRun
    ? {
        zh: `检查通过：将导入 ${imported} 条已完成的申请${skip.zh}。未写入任何数据。`,
        en: `Check passed: ${imported} finished request${imported === 1 ? '' : 's'} would be imported${skip.en}. Nothing was written.`,
      }
    : {
        zh: `已导入 ${imported} 条已完成的申请${skip.zh}。`,
        en: `Imported ${imported} finished request${imported === 1 ? '' : 's'}${skip.en}.`,
      };
}

/** The history import for a signed-in admin (the router checks the right): `importHistoryAs` with the caller as actor. */
export function importHistory(ctx: ServiceContext, input: ImportHistoryInput): Promise<ImportHistoryResult> {
  return importHistoryAs(ctx.deps, { tenantId: ctx.session.tenantId, userId: ctx.session.userId }, input);
}

/**
 * Imports finished requests of another system from a workbook into the tenant (the caller checks
 * admin rights). It takes an actor rather than a `ServiceContext` because the command line imports
 * as no one (`userId` null), which no session can say: every row of a sheet named after a template becomes a read-only, archived
 * instance of its current version, marked with the file and row it came from, with an audit entry
 * `instance.import` each. All or nothing: a file with any problem is refused whole (AppError
 * `validation_failed`, one field error per problem, path `sheet:line`) and nothing is written. A
 * dry run checks and counts. Rows imported before (same template and serial number) are left as
 * they are, so importing the same file again changes nothing and says so.
 */
export async function importHistoryAs(
  deps: ApiDeps,
  actor: HistoryActor,
  input: ImportHistoryInput,
): Promise<ImportHistoryResult> {
  const fileName = input.fileName.trim();
  if (fileName === '' || fileName.length > 200)
    throw badFile('errors.historyFileName', '文件名为空或过长', 'The file name is empty or too long');
  const bytes = decodeBase64Upload(input.contentBase64);
  if (bytes.byteLength === 0) throw badFile('errors.importEmpty', '文件是空的', 'The file is empty');
  if (bytes.byteLength > MAX_ORG_FILE_BYTES)
    throw badFile(
      'errors.importTooLarge',
      `文件过大（最大 ${MAX_ORG_FILE_BYTES / 1024 / 1024} MB）`,
      `The file is too large (at most ${MAX_ORG_FILE_BYTES / 1024 / 1024} MB)`,
    );
  const sheets = await readHistoryWorkbook(bytes);
  const rows = sheets.reduce((n, s) => n + s.rows.length, 0);
  if (rows === 0)
    throw badFile('errors.importEmpty', '文件中没有可导入的行', 'The file has no rows to import');
  if (rows > MAX_HISTORY_ROWS)
    throw badFile(
      'errors.historyTooManyRows',
      `文件行数过多（${rows} 行，最多 ${MAX_HISTORY_ROWS} 行），请分成几个文件导入`,
      `The file has too many rows (${rows}, at most ${MAX_HISTORY_ROWS}); split it into several files`,
    );
  const fileHash = createHash('sha256').update(bytes).digest('hex');

  const { tenantId } = actor;
  return withTenant(deps.db, tenantId, async (tx) => {
    // one import of a tenant at a time: two would both find the same serial numbers free
    await lockTenantWork(tx, 'history-import', tenantId);
    const templates: HistoryTemplate[] = (await listPublishedTemplates(tx, tenantId)).map((v) => ({
      templateId: v.templateId,
      versionId: v.versionId,
      key: v.key,
      version: v.version,
      title: v.title,
      serialPrefix: v.serialPrefix,
      hasSerialPattern: v.serialPattern !== null,
      model: v.formModel as FormModel,
      schema: v.formSchema as JsonSchema,
      flow: v.flow as FlowDefinition,
    }));
    const serials = sheets.flatMap((s) => s.rows.flatMap((r) => serialCandidates(r.cells)));
    const importId = deps.newId();
    const plan = planHistoryImport(sheets, {
      fileName,
      importId,
      templates,
      org: await loadOrgSnapshot(tx, tenantId),
      logins: await loadUserLogins(tx, tenantId),
      taken: await takenSerials(tx, tenantId, serials),
      now: deps.clock().toISOString(),
      newId: deps.newId,
    });
    if (!plan.ok) throw historyRefused(plan.problems);
    const imported = plan.instances.length;
    const unchanged = plan.sheets.reduce((n, s) => n + s.unchanged, 0);
    const previous = await firstImportOfFile(tx, tenantId, fileHash);
    const result: ImportHistoryResult = {
      dryRun: input.dryRun,
      fileName,
      fileHash,
      sheets: plan.sheets,
      imported,
      unchanged,
      previousImport: previous ? { at: previous.createdAt, fileName: previous.fileName } : null,
      message: summaryMessage(input.dryRun, imported, unchanged),
    };
    if (input.dryRun || imported === 0) return result;

    const now = deps.clock().toISOString();
    for (const i of plan.instances) await insertImportedInstance(tx, tenantId, i);
    for (const c of plan.counters) await raiseSerialCounter(tx, tenantId, c.templateId, c.period, c.value);
    await recordHistoryImport(tx, tenantId, {
      id: importId,
      fileName,
      fileHash,
      imported,
      unchanged,
      createdAt: now,
      createdBy: actor.userId,
    });
    // one chained entry per request, marked as an import, then one for the file; the other system's times stay in the data
    await appendAudit(tx, tenantId, [
      ...plan.instances.map((i) => ({
        at: now,
        actorId: actor.userId,
        action: 'instance.import',
        subject: `instance:${i.id}`,
        data: {
          serialNo: i.serialNo,
          templateKey: i.templateKey,
          version: i.version,
          status: i.status,
          submittedAt: i.createdAt,
          finishedAt: i.finishedAt,
          file: fileName,
          sheet: i.sheet,
          row: i.line,
        },
      })),
      {
        at: now,
        actorId: actor.userId,
        action: 'history.import',
        subject: `history-import:${importId}`,
        data: { file: fileName, fileHash, imported, unchanged },
      },
    ]);
    return result;
  });
}

/** Every cell under a serial-number header: the planner decides which are serial numbers, this only finds what to look up. */
function serialCandidates(cells: Record<string, HistoryCell>): string[] {
  return Object.entries(cells)
    .filter(([h]) => isFixedHeader(h, 'serialNo'))
    .map(([, v]) => textOf(v).trim());
}
