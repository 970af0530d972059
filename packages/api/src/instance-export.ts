import ExcelJS from 'exceljs';
import { instancesForExport, listPublishedTemplates, withTenant, type StatsRange } from '@signoff/db';
import type { FormModel } from '@signoff/schema';
import { errors } from './app-error.js';
import type { ApiDeps, SessionContext } from './context.js';

const STATUS: Record<string, string> = { running: '审批中', approved: '已通过', rejected: '已驳回', withdrawn: '已撤回', cancelled: '已取消' };
const FORM = { zh: '表单', en: 'The form' };

/** A cell a person can read: lists joined, files by name, objects as their label or JSON. */
function cell(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x !== null && 'name' in x ? String((x as { name: unknown }).name) : JSON.stringify(x))).join('、');
  return JSON.stringify(v);
}

/**
 * Seed 002 requires data export: every request of one form in a range, with its form data in
 * columns labelled as the form labels them (zh). Detail tables go in one cell as JSON.
 */
export async function exportInstances(deps: ApiDeps, session: SessionContext, input: { templateKey: string } & StatsRange) {
  const { tenantId } = session;
  const { rows, model } = await withTenant(deps.db, tenantId, async (tx) => {
    const version = (await listPublishedTemplates(tx, tenantId)).find((t) => t.key === input.templateKey);
    if (!version) throw errors.notFound(FORM);
    return { rows: await instancesForExport(tx, tenantId, input.templateKey, input), model: version.formModel as FormModel };
  });
  const fields = model.fields.filter((f) => f.type !== 'description');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(model.title.zh.slice(0, 31) || 'requests');
  sheet.columns = [
    { header: '单号', key: 'serialNo', width: 20 },
    { header: '申请人', key: 'applicant', width: 12 },
    { header: '状态', key: 'status', width: 10 },
    { header: '提交时间', key: 'createdAt', width: 20 },
    { header: '完成时间', key: 'finishedAt', width: 20 },
    ...fields.map((f) => ({ header: f.label.zh, key: `f_${f.key}`, width: 16 })),
  ];
  for (const r of rows) {
    sheet.addRow({
      serialNo: r.serialNo,
      applicant: r.applicantName,
      status: STATUS[r.status] ?? r.status,
      createdAt: new Date(r.createdAt),
      finishedAt: r.finishedAt ? new Date(r.finishedAt) : null,
      ...Object.fromEntries(fields.map((f) => [`f_${f.key}`, cell(r.data[f.key])])),
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await book.xlsx.writeBuffer();
  return {
    fileName: `${input.templateKey}-${input.from.slice(0, 10)}-${input.to.slice(0, 10)}.xlsx`,
    rows: rows.length,
    contentBase64: Buffer.from(buffer).toString('base64'),
  };
}
