import type { FormField, FormModel, Localized } from '@signoff/schema';
import { DERIVED } from './history-values.js';

export type FixedColumn = 'serialNo' | 'applicant' | 'submitted' | 'finished' | 'outcome' | 'chain';

/**
 * The columns every sheet has beside the form's fields: the zh header or one of the aliases (en,
 * any case; 单号 is what Signoff's own Excel export writes).
 */
export const HISTORY_COLUMNS: Record<FixedColumn, { zh: string; aliases: string[]; required: boolean }> = {
  serialNo: { zh: '编号', aliases: ['serial number', 'serial no', 'serial', '单号'], required: true },
  applicant: { zh: '申请人', aliases: ['applicant', 'applicant login'], required: true },
  submitted: { zh: '提交时间', aliases: ['submitted', 'submitted at'], required: true },
  finished: { zh: '完成时间', aliases: ['finished', 'finished at'], required: false },
  outcome: { zh: '结果', aliases: ['outcome', 'result'], required: false },
  chain: { zh: '审批记录', aliases: ['approval chain', 'approvals'], required: false },
};

const FIXED = Object.keys(HISTORY_COLUMNS) as FixedColumn[];

const norm = (h: string) =>
  h
    .trim()
    .replace(/[\s_]+/g, ' ')
    .toLowerCase();

export type ColumnMeaning =
  | { kind: 'fixed'; column: FixedColumn }
  | { kind: 'field'; field: FormField }
  | { kind: 'derived'; field: FormField };

/** Whether a header names this fixed column. */
export function isFixedHeader(header: string, c: FixedColumn): boolean {
  const h = norm(header);
  return HISTORY_COLUMNS[c].zh === h || HISTORY_COLUMNS[c].aliases.includes(h);
}

/** What a header names: one of the fixed columns, else a top-level field by its label (zh or en) or key. */
export function columnMeaning(header: string, model: FormModel): ColumnMeaning | undefined {
  const h = norm(header);
  const fixed = FIXED.find((c) => isFixedHeader(header, c));
  if (fixed) return { kind: 'fixed', column: fixed };
  const field =
    model.fields.find((f) => norm(f.label.zh) === h) ??
    model.fields.find((f) => norm(f.label.en) === h) ??
    model.fields.find((f) => f.key.toLowerCase() === h);
  if (!field) return undefined;
  return DERIVED.has(field.type) ? { kind: 'derived', field } : { kind: 'field', field };
}

/** The header an admin would write for a fixed column, in both languages. */
export const columnName = (c: FixedColumn): Localized => ({
  zh: HISTORY_COLUMNS[c].zh,
  en: HISTORY_COLUMNS[c].aliases[0] ?? c,
});

export const REQUIRED_COLUMNS = FIXED.filter((c) => HISTORY_COLUMNS[c].required);
