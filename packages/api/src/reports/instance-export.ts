import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { instancesForExport, listPublishedTemplates, type StatsRange } from '@signoff/db';
import type { FormModel } from '@signoff/schema';
import { AppError, errors } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';

const STATUS: Record<string, string> = {
  running: '审批中',
  approved: '已通过',
  rejected: '已驳回',
  withdrawn: '已撤回',
  cancelled: '已取消',
};
const FORM = { zh: '表单', en: 'The form' };
const PAGE = 1000;

/** A cell a person can read: lists joined, files by name, objects as JSON. */
function cell(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  if (Array.isArray(v))
    return v
      .map((x) =>
        typeof x === 'object' && x !== null && 'name' in x
          ? String((x as { name: unknown }).name)
          : JSON.stringify(x),
      )
      .join('、');
  return JSON.stringify(v);
}

/** Sheet names: at most 31 characters, none of []:*?/\ and unique in the book. */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || 'sheet';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
  used.add(name);
  return name;
}

export type ExportTemplates = Awaited<ReturnType<typeof listPublishedTemplates>>;

/**
 * Everything an export can be refused for, checked before its first byte (issue 16: an unknown
 * form or a range PostgreSQL cannot hold was found only after the headers had gone, and the
 * connection dropped). Returns the forms to write.
 */
export async function exportTemplates(
  ctx: ServiceContext,
  input: { templateKey?: string | undefined } & StatsRange,
): Promise<ExportTemplates> {
  checkExportRange(input);
  const templates = await ctx.tx((tx) => listPublishedTemplates(tx, ctx.viewer.tenantId));
  const chosen = input.templateKey ? templates.filter((t) => t.key === input.templateKey) : templates;
  if (input.templateKey && chosen.length === 0) throw errors.notFound(FORM);
  return chosen;
}

/** Years 1900 to 2200 and from before to: a range any database date holds, in the right order. */
function checkExportRange(range: StatsRange): void {
  const from = new Date(range.from);
  const to = new Date(range.to);
  const inYears = (d: Date) => d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2200;
  if (
    Number.isNaN(from.getTime()) ||
    Number.isNaN(to.getTime()) ||
    !inYears(from) ||
    !inYears(to) ||
    from > to
  )
    throw new AppError('bad_request', 'errors.badRange', {
      zh: '导出的时间范围不正确：起止时间须在 1900 至 2200 年之间，且开始不晚于结束',
      en: 'The export range is not valid: from and to must lie between the years 1900 and 2200, from no later than to',
    });
}

/**
 * Seed 002 requires data export: the requests of one form, or of every form (one sheet each),
 * with their form data in columns labelled as the form labels them. Rows are read and written a
 * page at a time through exceljs's streaming writer, so the size of the export does not decide
 * the memory it takes. Returns the number of rows written.
 */
export async function writeInstancesWorkbook(
  ctx: ServiceContext,
  input: { templateKey?: string | undefined } & StatsRange,
  out: Writable,
  chosenTemplates?: ExportTemplates,
): Promise<number> {
  const { tenantId } = ctx.viewer;
  const chosen = chosenTemplates ?? (await exportTemplates(ctx, input));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const used = new Set<string>();
  let total = 0;
  for (const t of chosen) {
    const model = t.formModel as FormModel;
    const fields = model.fields.filter((f) => f.type !== 'description');
    const sheet = book.addWorksheet(sheetName(model.title.zh, used), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = [
      { header: '单号', key: 'serialNo', width: 20 },
      { header: '申请人', key: 'applicant', width: 12 },
      { header: '状态', key: 'status', width: 10 },
      { header: '提交时间', key: 'createdAt', width: 20 },
      { header: '完成时间', key: 'finishedAt', width: 20 },
      ...fields.map((f) => ({ header: f.label.zh, key: `f_${f.key}`, width: 16 })),
    ];
    let after: { createdAt: string; serialNo: string } | undefined;
    for (;;) {
      // a transaction per page: a long export holds no transaction open while the file streams out
      const rows = await ctx.tx((tx) =>
        instancesForExport(tx, tenantId, t.key, input, { limit: PAGE, ...(after ? { after } : {}) }),
      );
      for (const r of rows) {
        sheet
          .addRow({
            serialNo: r.serialNo,
            applicant: r.applicantName,
            status: STATUS[r.status] ?? r.status,
            createdAt: new Date(r.createdAt),
            finishedAt: r.finishedAt ? new Date(r.finishedAt) : null,
            ...Object.fromEntries(fields.map((f) => [`f_${f.key}`, cell(r.data[f.key])])),
          })
          .commit();
      }
      total += rows.length;
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) break;
      after = { createdAt: last.createdAt, serialNo: last.serialNo };
    }
    sheet.commit();
  }
  await book.commit();
  return total;
}

/** The same as a small file in one response, for the tRPC API (the server also streams it at /exports). */
export async function exportInstances(
  ctx: ServiceContext,
  input: { templateKey?: string | undefined } & StatsRange,
) {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const rows = await writeInstancesWorkbook(ctx, input, sink);
  return {
    fileName: `${input.templateKey ?? 'requests'}-${input.from.slice(0, 10)}-${input.to.slice(0, 10)}.xlsx`,
    rows,
    contentBase64: Buffer.concat(chunks).toString('base64'),
  };
}
