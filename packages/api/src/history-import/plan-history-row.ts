import { applicantFacts } from '@signoff/org';
import { validateSubmission } from '@signoff/schema';
import { outcomeOf, parseChain, type ChainEntry } from './history-chain.js';
import { columnName, type ColumnMeaning, type FixedColumn } from './history-columns.js';
import type { HistoryPlanContext, HistoryTemplate, PlannedHistoryInstance } from './history-plan-types.js';
import { buildHistoryState, type ResolvedEntry } from './history-state.js';
import { convertCell, instantOf, NOT_IMPORTABLE, textOf, type ValueLookup } from './history-values.js';
import type { HistoryCell, HistoryRow } from './history-workbook.js';

/** One sheet as its rows are planned: its template, what each header means, and the lookups. */
export interface SheetPlan {
  sheet: string;
  template: HistoryTemplate;
  /** the header as written of each fixed column present */
  fixed: ReadonlyMap<FixedColumn, string>;
  columns: ReadonlyMap<string, ColumnMeaning>;
  person: ValueLookup['person'];
  lookup: ValueLookup;
  ranks: string[];
  /** serial numbers seen so far in the file, across sheets */
  seen: Map<string, { sheet: string; line: number }>;
  ctx: HistoryPlanContext;
}

export type RowOutcome =
  { kind: 'instance'; instance: PlannedHistoryInstance } | { kind: 'unchanged' } | { kind: 'refused' };

/** Reports a problem of this row: code, zh, en, and the header of the cell it is about. */
type Report = (code: string, zh: string, en: string, column?: string) => void;

type Outcome = 'approved' | 'rejected';

type SerialCheck =
  { kind: 'serial'; serialNo: string | null } | { kind: 'unchanged' } | { kind: 'duplicate' };

/** The serial number, kept as given and unique in the file and the tenant; `unchanged` when the template imported it before. */
function serialOf(s: SheetPlan, row: HistoryRow, cell: HistoryCell | undefined, report: Report): SerialCheck {
  const col = s.fixed.get('serialNo');
  const serialNo = cell === undefined ? '' : textOf(cell).trim();
  if (serialNo === '')
    return (
      report('serial_missing', '编号为空', 'the serial number is empty', col),
      { kind: 'serial', serialNo: null }
    );
  if (serialNo.length > 64 || /[\p{Cc}]/u.test(serialNo))
    report(
      'serial_invalid',
      `编号「${serialNo}」过长或含控制字符`,
      `the serial number ${serialNo} is too long or holds control characters`,
      col,
    );
  const dup = s.seen.get(serialNo);
  if (dup) {
    report(
      'serial_duplicate',
      `编号「${serialNo}」与工作表「${dup.sheet}」第 ${dup.line} 行重复`,
      `the serial number ${serialNo} is already on line ${dup.line} of ${dup.sheet}`,
      col,
    );
    return { kind: 'duplicate' };
  }
  s.seen.set(serialNo, { sheet: s.sheet, line: row.line });
  const taken = s.ctx.taken.get(serialNo);
  if (taken?.imported && taken.templateId === s.template.templateId) return { kind: 'unchanged' };
  if (taken)
    report(
      'serial_taken',
      `编号「${serialNo}」已被本企业的另一份申请使用`,
      `the serial number ${serialNo} is already used by another request of the company`,
      col,
    );
  return { kind: 'serial', serialNo };
}

/** The chain's entries with their people, its times checked against submission and finish. */
function chainOf(
  s: SheetPlan,
  cell: HistoryCell | undefined,
  report: Report,
): { entries: ChainEntry[]; resolved: ResolvedEntry[] } {
  const col = s.fixed.get('chain');
  const resolved: ResolvedEntry[] = [];
  if (cell === undefined) return { entries: [], resolved };
  const parsed = parseChain(textOf(cell));
  if (!parsed.ok)
    return (report('chain_unreadable', parsed.message.zh, parsed.message.en, col), { entries: [], resolved });
  for (const e of parsed.entries) {
    const p = s.person(e.who);
    if ('problem' in p)
      report('chain_person_unknown', `审批记录：${p.problem.zh}`, `approval chain: ${p.problem.en}`, col);
    else resolved.push({ ...e, userId: p.id });
    if (e.at > s.ctx.now)
      report(
        'time_future',
        `审批记录中 ${e.who} 的时间在将来`,
        `the time of ${e.who} in the approval chain is in the future`,
        col,
      );
  }
  return { entries: parsed.entries, resolved };
}

/** 结果, or the chain's last decision; an approval the chain ends by rejecting is a contradiction. */
function outcomeOfRow(
  s: SheetPlan,
  cell: HistoryCell | undefined,
  entries: readonly ChainEntry[],
  report: Report,
): Outcome | null {
  const col = s.fixed.get('outcome');
  const last = entries
    .map((e) => e.verdict)
    .filter((v): v is Outcome => v !== 'done')
    .at(-1);
  if (cell === undefined) {
    if (last) return last;
    if (entries.length > 0) return 'approved';
    return (
      report('outcome_missing', '结果为空，也没有审批记录', 'neither an outcome nor an approval chain', col),
      null
    );
  }
  const outcome = outcomeOf(textOf(cell));
  if (outcome === null)
    report(
      'outcome_invalid',
      `结果「${textOf(cell)}」应为 同意/通过 或 驳回/拒绝`,
      `the outcome "${textOf(cell)}" should be approved or rejected`,
      col,
    );
  else if (outcome === 'approved' && last === 'rejected')
    report(
      'outcome_mismatch',
      '结果为同意，但审批记录的最后一条是驳回',
      'the outcome is approved but the approval chain ends in a rejection',
      col,
    );
  return outcome;
}

/** The form's cells converted by field type. */
function formOf(s: SheetPlan, row: HistoryRow, report: Report): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [h, m] of s.columns) {
    if (m.kind !== 'field') continue;
    const v = row.cells[h];
    if (v === undefined) continue;
    if (NOT_IMPORTABLE.has(m.field.type)) {
      report(
        'field_not_importable',
        `「${m.field.label.zh}」是${m.field.type}字段，不能从表格导入`,
        `${m.field.label.en} is a ${m.field.type} field and cannot be imported from a cell`,
        h,
      );
      continue;
    }
    const c = convertCell(m.field, v, s.lookup);
    if (c.ok) data[m.field.key] = c.value;
    else report('field_invalid', c.message.zh, c.message.en, h);
  }
  return data;
}

/**
 * One data row: its serial number, applicant, times (China time, none in the future), chain,
 * outcome and form, every problem reported; a finished instance when there is none.
 */
export function planHistoryRow(s: SheetPlan, row: HistoryRow, report: Report): RowOutcome {
  let problems = 0;
  const rowReport: Report = (...args) => {
    problems += 1;
    report(...args);
  };
  const cell = (c: FixedColumn): HistoryCell | undefined => {
    const h = s.fixed.get(c);
    return h === undefined ? undefined : row.cells[h];
  };
  const serial = serialOf(s, row, cell('serialNo'), rowReport);
  // a row imported before is not checked again; a second row of one number is not checked further
  if (serial.kind !== 'serial')
    return serial.kind === 'unchanged' ? { kind: 'unchanged' } : { kind: 'refused' };
  const { serialNo } = serial;

  let applicantId: string | null = null;
  const applicant = cell('applicant');
  if (applicant === undefined)
    rowReport('applicant_missing', '申请人为空', 'the applicant is empty', s.fixed.get('applicant'));
  else {
    const p = s.person(textOf(applicant));
    if ('problem' in p)
      rowReport(
        'applicant_unknown',
        `申请人：${p.problem.zh}`,
        `applicant: ${p.problem.en}`,
        s.fixed.get('applicant'),
      );
    else applicantId = p.id;
  }

  const timeOf = (c: FixedColumn): string | null | undefined => {
    const v = cell(c);
    if (v === undefined) return undefined;
    const iso = instantOf(v);
    if (iso === null)
      rowReport(
        'time_invalid',
        `${columnName(c).zh}「${textOf(v)}」不是日期时间`,
        `${columnName(c).en} "${textOf(v)}" is not a date and time`,
        s.fixed.get(c),
      );
    else if (iso > s.ctx.now)
      rowReport(
        'time_future',
        `${columnName(c).zh}在将来`,
        `${columnName(c).en} is in the future`,
        s.fixed.get(c),
      );
    return iso;
  };
  const submittedAt = timeOf('submitted');
  if (submittedAt === undefined)
    rowReport('submitted_missing', '提交时间为空', 'the submitted time is empty', s.fixed.get('submitted'));
  const { entries, resolved } = chainOf(s, cell('chain'), rowReport);
  const finishedAt = timeOf('finished') ?? entries.at(-1)?.at ?? null;
  if (finishedAt === null && submittedAt)
    rowReport(
      'finished_missing',
      '完成时间为空，审批记录也没有时间',
      'the finished time is empty and the approval chain gives none',
      s.fixed.get('finished'),
    );
  if (submittedAt && finishedAt && finishedAt < submittedAt)
    rowReport(
      'finished_before_submitted',
      '完成时间早于提交时间',
      'it finished before it was submitted',
      s.fixed.get('finished'),
    );
  let prev = submittedAt ?? null;
  for (const e of entries) {
    if ((prev && e.at < prev) || (finishedAt && e.at > finishedAt)) {
      rowReport(
        'chain_out_of_order',
        `审批记录中 ${e.who} 的时间不在提交与完成之间，或早于上一条`,
        `the time of ${e.who} in the approval chain is not between submission and finish, or before the entry above`,
        s.fixed.get('chain'),
      );
      break;
    }
    prev = e.at;
  }
  const outcome = outcomeOfRow(s, cell('outcome'), entries, rowReport);
  const data = formOf(s, row, rowReport);
  if (problems > 0 || serialNo === null || applicantId === null || !submittedAt || !finishedAt || !outcome)
    return { kind: 'refused' };

  // the form's own schema last: its messages would only repeat a cell that did not convert
  const t = s.template;
  const checked = validateSubmission(t.schema, data, {
    applicant: applicantFacts(s.ctx.org, applicantId),
    ranks: s.ranks,
  });
  if (!checked.ok) {
    const headerOf = (key: string) =>
      [...s.columns].find(([, m]) => m.kind === 'field' && m.field.key === key)?.[0];
    for (const e of checked.errors)
      rowReport('form_invalid', e.message.zh, e.message.en, headerOf(e.path.split(/[.[]/)[0] ?? ''));
    return { kind: 'refused' };
  }
  const built = buildHistoryState(
    t.flow,
    { applicantId, submittedAt, finishedAt, outcome, entries: resolved },
    s.ctx.newId,
  );
  return {
    kind: 'instance',
    instance: {
      id: s.ctx.newId(),
      templateId: t.templateId,
      versionId: t.versionId,
      serialNo,
      applicantId,
      data: checked.data,
      state: built.state,
      status: outcome,
      createdAt: submittedAt,
      finishedAt,
      importedFrom: { importId: s.ctx.importId, file: s.ctx.fileName, sheet: s.sheet, row: row.line },
      tasks: built.tasks,
      sheet: s.sheet,
      line: row.line,
      templateKey: t.key,
      version: t.version,
    },
  };
}
