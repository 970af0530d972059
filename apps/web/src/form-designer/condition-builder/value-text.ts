import type { JsonValue } from '@signoff/schema';

/** Full-width digits and signs, as a Chinese input method types them, read as their ASCII twins. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * What a number box holds: nothing for a blank box, a number for a number, and otherwise the text
 * itself, so the checker names the wrong value ("「请假天数」是数字，不能与 "abc" 比较") instead of the
 * box silently dropping it.
 */
export function numberFromText(text: string): JsonValue | undefined {
  const t = halfWidth(text).trim();
  if (t === '') return undefined;
  if (NUMBER.test(t)) {
    const n = Number(t);
    if (Number.isFinite(n)) return n;
  }
  return text.trim();
}
