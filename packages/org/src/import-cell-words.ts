import type { Localized } from '@signoff/schema';

/** Separators of a list cell (岗位, 兼职部门): 、 , ; | in half or full width. */
export const LIST_SEPARATOR = /[、,，;；|｜]/;

const YES = new Set(['是', 'yes', 'true']);
const NO = new Set(['否', 'no', 'false']);
const ACTIVE = new Set(['在职', 'active']);
const LEFT = new Set(['离职', 'left']);

/** 是/否 in either language; undefined for anything else. */
export function yesNo(v: string): boolean | undefined {
  const s = v.trim().toLowerCase();
  return YES.has(s) ? true : NO.has(s) ? false : undefined;
}

/** 在职 (true) or 离职 (false) in either language, any case; undefined for anything else. */
export function activeStatus(v: string): boolean | undefined {
  const s = v.toLowerCase();
  return ACTIVE.has(s) ? true : LEFT.has(s) ? false : undefined;
}

/** The items of a list cell, trimmed, without blanks or repeats. */
export function splitList(v: string): string[] {
  return [
    ...new Set(
      v
        .split(LIST_SEPARATOR)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

/** A problem's text, prefixed with its line when it has one. */
export const at = (line: number, zh: string, en: string): Localized =>
  line > 0 ? { zh: `第 ${line} 行：${zh}`, en: `line ${line}: ${en}` } : { zh, en };
