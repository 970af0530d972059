import { FlowError } from './flow-error.js';
import type { FlowProblem } from './flow-problem.js';

/**
 * A template's serial number pattern: `YY-202611-0007` is prefix `YY`, date parts `YYYYMM`,
 * width 4, reset monthly. The counter itself lives in the database (gap-free under concurrency);
 * this is the pure part: which counter a submission draws from, and how its value is printed.
 */
export interface SerialPattern {
  prefix: string;
  dateParts: 'YYYY' | 'YYYYMM' | 'YYYYMMDD' | 'none';
  /** digits of the sequence, zero-padded; a larger number is printed in full rather than cut */
  width: number;
  reset: 'never' | 'yearly' | 'monthly' | 'daily';
  /** between the parts; `-` when absent */
  separator?: string;
}

const DATE_PARTS = ['YYYY', 'YYYYMM', 'YYYYMMDD', 'none'] as const;
const RESETS = ['never', 'yearly', 'monthly', 'daily'] as const;

/** How many characters of `YYYYMMDD` a date part or a reset period needs. */
const DATE_LENGTH = { none: 0, never: 0, YYYY: 4, yearly: 4, YYYYMM: 6, monthly: 6, YYYYMMDD: 8, daily: 8 } as const;

/** `YYYYMMDD` of the instant in the tenant's time zone. */
function localDate(now: string, utcOffsetMinutes: number): string {
  const ms = Date.parse(now);
  if (Number.isNaN(ms)) throw new FlowError('invalid_serial_pattern', { zh: `提交时间「${now}」无效`, en: `The submission time "${now}" is not valid` });
  return new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * Everything that would make the numbers wrong, so the designer can refuse the pattern. A
 * sequence that resets more often than the printed date changes would print the same number
 * twice (reset daily but only the month printed), so that is refused too.
 */
export function checkSerialPattern(pattern: SerialPattern): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const p = pattern as Partial<Record<keyof SerialPattern, unknown>>;
  if (typeof p.prefix !== 'string' || p.prefix.length > 20) {
    problems.push({ code: 'invalid_serial_pattern', path: 'prefix', message: { zh: '流水号前缀须为不超过 20 个字符的文本', en: 'The serial number prefix must be text of at most 20 characters' } });
  }
  if (p.separator !== undefined && (typeof p.separator !== 'string' || p.separator.length > 3)) {
    problems.push({ code: 'invalid_serial_pattern', path: 'separator', message: { zh: '流水号分隔符最多 3 个字符', en: 'The serial number separator has at most 3 characters' } });
  }
  if (!DATE_PARTS.includes(p.dateParts as never)) {
    problems.push({ code: 'invalid_serial_pattern', path: 'dateParts', message: { zh: `未知的日期格式「${String(p.dateParts)}」`, en: `Unknown date part "${String(p.dateParts)}"` } });
  }
  if (!RESETS.includes(p.reset as never)) {
    problems.push({ code: 'invalid_serial_pattern', path: 'reset', message: { zh: `未知的重置周期「${String(p.reset)}」`, en: `Unknown reset period "${String(p.reset)}"` } });
  }
  if (typeof p.width !== 'number' || !Number.isInteger(p.width) || p.width < 1 || p.width > 12) {
    problems.push({ code: 'invalid_serial_pattern', path: 'width', message: { zh: '流水号位数须为 1 到 12 的整数', en: 'The sequence width must be a whole number from 1 to 12' } });
  }
  if (problems.length === 0 && DATE_LENGTH[pattern.dateParts] < DATE_LENGTH[pattern.reset]) {
    problems.push({
      code: 'serial_not_unique',
      path: 'dateParts',
      message: {
        zh: '流水号的日期部分比重置周期粗，会出现重复编号：请显示到重置周期所在的日期',
        en: 'The date part is coarser than the reset period, so numbers would repeat: print the date down to the reset period',
      },
    });
  }
  return problems;
}

/**
 * The key of the counter a submission at `now` draws from: `all` when the sequence never
 * resets, else the year, month or day (`2026`, `202611`, `20261102`).
 */
export function serialPeriod(pattern: SerialPattern, now: string, utcOffsetMinutes = 0): string {
  if (pattern.reset === 'never') return 'all';
  return localDate(now, utcOffsetMinutes).slice(0, DATE_LENGTH[pattern.reset]);
}

/** The printed serial number: prefix, date, zero-padded sequence, joined by the separator; empty parts are left out. */
export function formatSerialNumber(pattern: SerialPattern, at: { now: string; seq: number; utcOffsetMinutes?: number }): string {
  const problems = checkSerialPattern(pattern);
  const first = problems[0];
  if (first) throw new FlowError('invalid_serial_pattern', first.message, problems);
  if (!Number.isInteger(at.seq) || at.seq < 1) {
    throw new FlowError('invalid_serial_pattern', { zh: `流水号序号须为正整数，收到 ${at.seq}`, en: `The sequence must be a positive whole number, got ${at.seq}` });
  }
  const date = localDate(at.now, at.utcOffsetMinutes ?? 0).slice(0, DATE_LENGTH[pattern.dateParts]);
  const parts = [pattern.prefix, date, String(at.seq).padStart(pattern.width, '0')].filter((s) => s !== '');
  return parts.join(pattern.separator ?? '-');
}
