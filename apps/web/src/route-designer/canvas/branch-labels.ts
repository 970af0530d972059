/** A comparison's operator as the condition builder writes it between spaces ("部门 = 销售部", "天数 ≥ 3"). */
const OPERATOR = /^[=≠<>≤≥]+$/;

/**
 * The conditions of one branch's paths, each without the subject they all share: "申请人部门 = 销售部",
 * "申请人部门 = 财务部" … read "= 销售部", "= 财务部" under the branch ("按申请部门"), where seven full
 * sentences side by side would not fit. Only a common subject before an operator is cut, so what is
 * left still says how each path is chosen; anything else (one condition, different subjects, lists,
 * groups) is kept whole. The whole sentence stays on the label's title and accessible name.
 */
export function withoutCommonSubject(texts: readonly string[]): string[] {
  if (texts.length < 2) return [...texts];
  const tokens = texts.map((t) => t.split(' '));
  const first = tokens[0] ?? [];
  for (let k = 1; k < first.length; k++) {
    const subject = first.slice(0, k).join(' ');
    const shared = tokens.every(
      (t) => t.length > k + 1 && t.slice(0, k).join(' ') === subject && OPERATOR.test(t[k] ?? ''),
    );
    if (shared) return tokens.map((t) => t.slice(k).join(' '));
  }
  return [...texts];
}

/** The widest a label may be, and the narrowest it is made (then it wraps and ends in "…"). */
export const LABEL_MAX_WIDTH = 180;
const LABEL_MIN_WIDTH = 56;
/** Room kept free between two neighbouring labels. */
const LABEL_GAP = 8;

/**
 * How wide each label of a branch's paths may be, given where each is centred (x, in flow
 * coordinates): never more than the distance to the nearest other label's centre less a gap, so two
 * neighbours, each centred on its own column, cannot meet at any zoom.
 */
export function labelWidths(centres: readonly number[]): number[] {
  return centres.map((x, i) => {
    let nearest = Infinity;
    centres.forEach((other, j) => {
      if (j !== i) nearest = Math.min(nearest, Math.abs(other - x));
    });
    return Math.max(LABEL_MIN_WIDTH, Math.min(LABEL_MAX_WIDTH, Math.floor(nearest - LABEL_GAP)));
  });
}

/** A rough width of a line of 12 px text, padding and border included: CJK characters are square. */
export function textWidth(text: string): number {
  let w = 18;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 7;
  return w;
}

/** How many lines (1 or 2, then "…") a label of this text takes at this width. */
export const labelLines = (text: string, maxWidth: number): 1 | 2 => (textWidth(text) > maxWidth ? 2 : 1);
