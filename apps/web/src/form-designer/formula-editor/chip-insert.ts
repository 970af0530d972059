/** A piece of formula text a chip puts in, and where the caret goes inside it (default: after it). */
export interface Snippet {
  text: string;
  caret?: number;
}

export const FUNCTION_SNIPPETS = {
  sum: { text: 'SUM()', caret: 4 },
  daysBetween: { text: 'daysBetween(, )', caret: 12 },
  if: { text: 'if(, , )', caret: 3 },
  round: { text: 'round(, 2)', caret: 6 },
} satisfies Record<string, Snippet>;

export type FunctionName = keyof typeof FUNCTION_SNIPPETS;

export const OPERATOR_SNIPPETS: readonly { label: string; snippet: Snippet }[] = [
  { label: '+', snippet: { text: ' + ' } },
  { label: '−', snippet: { text: ' - ' } },
  { label: '×', snippet: { text: ' × ' } },
  { label: '÷', snippet: { text: ' ÷ ' } },
  { label: '(', snippet: { text: '(' } },
  { label: ')', snippet: { text: ')' } },
];

/** A column chip writes `SUM([表.列])`, or only the column when the caret already sits inside `SUM(`. */
export function columnSnippet(ref: string, before: string): Snippet {
  return /sum\(\s*$/i.test(before) ? { text: ref } : { text: `SUM(${ref})` };
}

/** Replaces the selection `[start, end)` with the snippet; gives the new text and the caret. */
export function insertAt(
  text: string,
  start: number,
  end: number,
  snippet: Snippet,
): { text: string; caret: number } {
  const a = Math.max(0, Math.min(start, text.length));
  const b = Math.max(a, Math.min(end, text.length));
  return {
    text: text.slice(0, a) + snippet.text + text.slice(b),
    caret: a + (snippet.caret ?? snippet.text.length),
  };
}
