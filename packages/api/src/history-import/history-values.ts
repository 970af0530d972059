import type { FormField, Localized } from '@signoff/schema';
import type { HistoryCell } from './history-workbook.js';

/**
 * Times in a workbook are wall-clock times in China (UTC+8), as the other system showed them and
 * as Signoff's serial numbers count days; an instant is stored in UTC.
 */
export const WORKBOOK_UTC_OFFSET_MINUTES = 480;

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The wall-clock fields of a cell Excel typed as a date (exceljs puts them in the UTC fields). */
interface WallClock {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?\s*秒?)?$/;

function validClock(c: WallClock): WallClock | null {
  const t = new Date(Date.UTC(c.y, c.mo - 1, c.d, c.h, c.mi, c.s));
  if (
    t.getUTCFullYear() !== c.y ||
    t.getUTCMonth() !== c.mo - 1 ||
    t.getUTCDate() !== c.d ||
    c.h > 23 ||
    c.mi > 59 ||
    c.s > 59
  )
    return null;
  return c;
}

function wallClockOf(v: HistoryCell): WallClock | null {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    return {
      y: v.getUTCFullYear(),
      mo: v.getUTCMonth() + 1,
      d: v.getUTCDate(),
      h: v.getUTCHours(),
      mi: v.getUTCMinutes(),
      s: v.getUTCSeconds(),
    };
  }
  if (typeof v === 'number') {
    // a date cell that lost its format: a day count
    if (!(v > 1 && v < 2_958_466)) return null;
    return wallClockOf(new Date(Math.round(EXCEL_EPOCH_MS + v * DAY_MS)));
  }
  if (typeof v !== 'string') return null;
  const m = DATE_TEXT.exec(v.trim());
  if (!m) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  return validClock({ y: n(1), mo: n(2), d: n(3), h: n(4), mi: n(5), s: n(6) });
}

/** A submitted / finished / decided time as an ISO instant; null when the cell is not a date. */
export function instantOf(v: HistoryCell): string | null {
  const c = wallClockOf(v);
  if (!c) return null;
  return new Date(
    Date.UTC(c.y, c.mo - 1, c.d, c.h, c.mi, c.s) - WORKBOOK_UTC_OFFSET_MINUTES * 60_000,
  ).toISOString();
}

/** A day as a date field holds it, `YYYY-MM-DD`. */
export function dayOf(v: HistoryCell): string | null {
  const c = wallClockOf(v);
  return c ? `${c.y}-${pad(c.mo)}-${pad(c.d)}` : null;
}

/** A time of day as a time field holds it, `HH:mm`: typed text, or Excel's time (a date in 1899, or a fraction of a day). */
function timeOf(v: HistoryCell): string | null {
  if (typeof v === 'string') {
    const m = /^(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*\d{2})?$/.exec(v.trim());
    if (!m) return null;
    const h = Number(m[1]);
    const mi = Number(m[2]);
    return h <= 23 && mi <= 59 ? `${pad(h)}:${pad(mi)}` : null;
  }
  if (typeof v === 'number' && v >= 0 && v < 1) {
    const minutes = Math.round(v * 24 * 60);
    return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
  }
  if (v instanceof Date) return `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
  return null;
}

function numberOf(v: HistoryCell): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.replace(/[\s,，¥￥]|元$/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

export function textOf(v: HistoryCell): string {
  if (v instanceof Date) return dayOf(v) ?? v.toISOString();
  return String(v);
}

/** Separators of a list cell: 、 , ; | in half or full width, as in the org import. */
const LIST_SEPARATOR = /[、,，;；|｜\n]/;
const RANGE_SEPARATOR = /\s*(?:~|～|至|到|—|–|\bto\b|\s-\s)\s*/i;

export const splitList = (v: HistoryCell): string[] =>
  textOf(v)
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** What the planner knows of the tenant to turn names into ids. */
export interface ValueLookup {
  /** a person by login or name; a string is the problem (unknown, or a name two people share) */
  person: (text: string) => { id: string } | { problem: Localized };
  department: (name: string) => string | undefined;
}

export type Converted = { ok: true; value: unknown } | { ok: false; message: Localized };

const bad = (zh: string, en: string): Converted => ({ ok: false, message: { zh, en } });

function option(field: FormField, text: string): string | undefined {
  const t = text.trim().toLowerCase();
  return field.options?.find(
    (o) => o.value.toLowerCase() === t || o.label.zh.toLowerCase() === t || o.label.en.toLowerCase() === t,
  )?.value;
}

const optionList = (field: FormField) => (field.options ?? []).map((o) => o.label.zh).join('、');

/** Field types whose value a cell cannot hold: files, tables and signatures stay in the other system. */
export const NOT_IMPORTABLE: ReadonlySet<FormField['type']> = new Set([
  'attachment',
  'image',
  'table',
  'signature',
]);
/** Field types the server fills itself: a column of them is read past. */
export const DERIVED: ReadonlySet<FormField['type']> = new Set(['computed', 'serialNumber', 'description']);

/**
 * A cell as the value a field of this type holds: numbers and dates from Excel's types or from
 * text, options by their label (zh or en) or value, people by login or name, departments by name.
 * The schema check that follows catches ranges, lengths and required fields.
 */
export function convertCell(field: FormField, v: HistoryCell, lookup: ValueLookup): Converted {
  const label = field.label;
  switch (field.type) {
    case 'text':
    case 'textarea':
      return { ok: true, value: textOf(v) };
    case 'number':
    case 'money': {
      const n = numberOf(v);
      return n === null
        ? bad(`「${label.zh}」不是数字：${textOf(v)}`, `${label.en} is not a number: ${textOf(v)}`)
        : { ok: true, value: n };
    }
    case 'date': {
      const d = dayOf(v);
      return d === null
        ? bad(`「${label.zh}」不是日期：${textOf(v)}`, `${label.en} is not a date: ${textOf(v)}`)
        : { ok: true, value: d };
    }
    case 'dateRange': {
      const parts = typeof v === 'string' ? v.split(RANGE_SEPARATOR) : [];
      const days = parts.map((p) => dayOf(p));
      if (parts.length !== 2 || days.some((d) => d === null))
        return bad(
          `「${label.zh}」应写成「开始日期 ~ 结束日期」：${textOf(v)}`,
          `${label.en} should read "start ~ end": ${textOf(v)}`,
        );
      return { ok: true, value: days };
    }
    case 'time': {
      const t = timeOf(v);
      return t === null
        ? bad(
            `「${label.zh}」不是时间（时:分）：${textOf(v)}`,
            `${label.en} is not a time (HH:mm): ${textOf(v)}`,
          )
        : { ok: true, value: t };
    }
    case 'select':
    case 'radio': {
      const o = option(field, textOf(v));
      return o === undefined
        ? bad(
            `「${label.zh}」没有选项「${textOf(v)}」（可选：${optionList(field)}）`,
            `${label.en} has no option "${textOf(v)}"`,
          )
        : { ok: true, value: o };
    }
    case 'multiSelect':
    case 'checkbox': {
      const values: string[] = [];
      for (const text of splitList(v)) {
        const o = option(field, text);
        if (o === undefined)
          return bad(
            `「${label.zh}」没有选项「${text}」（可选：${optionList(field)}）`,
            `${label.en} has no option "${text}"`,
          );
        if (!values.includes(o)) values.push(o);
      }
      return { ok: true, value: values };
    }
    case 'user': {
      const ids: string[] = [];
      for (const text of splitList(v)) {
        const p = lookup.person(text);
        if ('problem' in p)
          return {
            ok: false,
            message: { zh: `「${label.zh}」：${p.problem.zh}`, en: `${label.en}: ${p.problem.en}` },
          };
        ids.push(p.id);
      }
      return { ok: true, value: field.multiple ? ids : ids[0] };
    }
    case 'department': {
      const ids: string[] = [];
      for (const text of splitList(v)) {
        const id = lookup.department(text);
        if (id === undefined)
          return bad(`「${label.zh}」：部门「${text}」不存在`, `${label.en}: there is no department ${text}`);
        ids.push(id);
      }
      return { ok: true, value: field.multiple ? ids : ids[0] };
    }
    default:
      return bad(
        `「${label.zh}」（${field.type}）不能从表格导入`,
        `${label.en} (${field.type}) cannot be imported from a cell`,
      );
  }
}
