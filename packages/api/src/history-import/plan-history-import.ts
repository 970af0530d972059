import { rankNames } from '@signoff/org';
import type { Localized } from '@signoff/schema';
import {
  columnMeaning,
  columnName,
  REQUIRED_COLUMNS,
  type ColumnMeaning,
  type FixedColumn,
} from './history-columns.js';
import { personLookup } from './history-people.js';
import {
  atLine,
  type HistoryPlan,
  type HistoryPlanContext,
  type HistoryProblem,
  type HistorySheetSummary,
  type HistoryTemplate,
} from './history-plan-types.js';
import { planHistoryRow, type SheetPlan } from './plan-history-row.js';
import type { ValueLookup } from './history-values.js';
import type { HistorySheet } from './history-workbook.js';

export type {
  HistoryPlan,
  HistoryPlanContext,
  HistoryProblem,
  HistorySheetSummary,
  HistoryTemplate,
  PlannedHistoryInstance,
} from './history-plan-types.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function templateOf(templates: readonly HistoryTemplate[], sheetName: string): HistoryTemplate | undefined {
  const n = sheetName.trim().toLowerCase();
  return (
    templates.find((t) => t.title.zh.toLowerCase() === n) ??
    templates.find((t) => t.title.en.toLowerCase() === n) ??
    templates.find((t) => t.key.toLowerCase() === n)
  );
}

/** What each header of a sheet means; an unknown or repeated column, or a missing required one, is a problem on line 1. */
function sheetColumns(
  sheet: HistorySheet,
  t: HistoryTemplate,
  problem: (line: number, code: string, message: Localized, column?: string) => void,
) {
  const columns = new Map<string, ColumnMeaning>();
  const fixed = new Map<FixedColumn, string>();
  const fields = new Set<string>();
  for (const h of sheet.headers) {
    const m = columnMeaning(h, t.model);
    if (!m) {
      problem(
        1,
        'unknown_column',
        atLine(
          1,
          `「${h}」列不是表单「${t.title.zh}」的字段`,
          `the column ${h} is no field of the form ${t.title.en}`,
        ),
        h,
      );
      continue;
    }
    if (m.kind === 'fixed' ? fixed.has(m.column) : fields.has(m.field.key)) {
      problem(1, 'duplicate_column', atLine(1, `「${h}」列重复`, `the column ${h} appears twice`), h);
      continue;
    }
    if (m.kind === 'fixed') fixed.set(m.column, h);
    else fields.add(m.field.key);
    columns.set(h, m);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !fixed.has(c));
  for (const c of missing)
    problem(
      1,
      'missing_column',
      atLine(1, `缺少「${columnName(c).zh}」列`, `the column ${columnName(c).en} is missing`),
    );
  return { columns, fixed, complete: missing.length === 0 };
}

/**
 * Plans a history import without I/O: each data row of a sheet named after a template (its
 * title, zh or en, or its key) becomes a finished instance of the template's current version,
 * its cells converted by field type and checked against the form's JSON Schema, its approval chain
 * matched to people of the org. Every problem is listed with its sheet and line; the caller writes
 * only when `ok`. A row whose serial number the same template already holds from an earlier
 * import is left as it is (`unchanged`), so importing a file twice changes nothing.
 */
export function planHistoryImport(sheets: readonly HistorySheet[], ctx: HistoryPlanContext): HistoryPlan {
  const problems: HistoryProblem[] = [];
  const plan: HistoryPlan = { ok: false, problems, sheets: [], instances: [], counters: [] };
  const person = personLookup(ctx.org, ctx.logins);
  const deptByName = new Map(ctx.org.departments.map((d) => [d.name, d.id]));
  const lookup: ValueLookup = { person, department: (name) => deptByName.get(name.trim()) };
  const ranks = rankNames(ctx.org);
  const seen = new Map<string, { sheet: string; line: number }>();
  const counters = new Map<string, { templateId: string; period: string; value: number }>();

  for (const sheet of sheets) {
    if (sheet.rows.length === 0) continue;
    const problem = (line: number, code: string, message: Localized, column?: string) =>
      problems.push({ sheet: sheet.name, line, code, message, ...(column !== undefined ? { column } : {}) });
    const t = templateOf(ctx.templates, sheet.name);
    if (!t) {
      problem(0, 'unknown_template', {
        zh: `工作表「${sheet.name}」不是已发布的表单（工作表名应为表单名称或标识）`,
        en: `The sheet ${sheet.name} is not a published form (name a sheet after a form's title or key)`,
      });
      continue;
    }
    const { columns, fixed, complete } = sheetColumns(sheet, t, problem);
    const summary: HistorySheetSummary = {
      sheet: sheet.name,
      templateKey: t.key,
      rows: sheet.rows.length,
      imported: 0,
      unchanged: 0,
    };
    plan.sheets.push(summary);
    if (!complete) continue;

    const s: SheetPlan = { sheet: sheet.name, template: t, fixed, columns, person, lookup, ranks, seen, ctx };
    const classic = t.hasSerialPattern
      ? null
      : new RegExp(`^${escapeRe(t.serialPrefix)}-(\\d{6})-(\\d{1,9})$`);
    for (const row of sheet.rows) {
      const outcome = planHistoryRow(s, row, (code, zh, en, column) =>
        problem(row.line, code, atLine(row.line, zh, en), column),
      );
      if (outcome.kind === 'unchanged') summary.unchanged += 1;
      if (outcome.kind !== 'instance') continue;
      plan.instances.push(outcome.instance);
      summary.imported += 1;
      // the template's own numbering must not later draw a number an import took
      const m = classic?.exec(outcome.instance.serialNo);
      if (m?.[1] && m[2]) {
        const key = `${t.templateId}\u0000${m[1]}`;
        const value = Number(m[2]);
        if ((counters.get(key)?.value ?? 0) < value)
          counters.set(key, { templateId: t.templateId, period: m[1], value });
      }
    }
  }
  plan.counters = [...counters.values()];
  plan.ok = problems.length === 0;
  return plan;
}
