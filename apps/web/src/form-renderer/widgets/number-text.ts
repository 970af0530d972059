/** What a number box holds: the text as typed, read as a number once it is one. */

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** The typed text as a number; `undefined` for an empty box, `null` while it is not a number yet ("-", "1e"). */
export function parseNumberText(text: string): number | undefined | null {
  const s = text.trim();
  if (s === '') return undefined;
  if (!NUMBER_TEXT.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export const numberText = (value: number | undefined): string => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '');
