import { buildFlow } from './build-flow.js';
import { readSequence } from './read-alternatives.js';
import type { RouteTextContext, RouteTextResult, TextSegment } from './route-text-result.js';
import { summarize } from './summarize.js';
import { buildVocabulary } from './vocabulary.js';

/**
 * Reads a line of Chinese route description ("相关人员填写部门经理审核财务部审核分管领导审核董事长审批财务出纳")
 * into a draft route on the tenant's org, with everything it could not place and why. Pure and
 * total: any text gives a result, and every character of it is in exactly one segment.
 */
export function parseRouteText(text: string, ctx: RouteTextContext): RouteTextResult {
  const input = typeof text === 'string' ? text : '';
  const vocab = buildVocabulary(ctx.org);
  const reading = readSequence({ text: input, org: ctx.org, form: ctx.form, vocab }, 0, input.length);
  const segments = mergeSegments(input, reading.segments);
  const key = ctx.key ?? ctx.form?.key ?? 'route_text';
  return {
    flow: buildFlow(key, reading.items, vocab.headPositions),
    ...summarize(reading.items),
    unplaced: [...reading.unplaced].sort((a, b) => a.start - b.start),
    segments,
  };
}

/**
 * Orders the segments and joins neighbours of the same kind. A stretch no reader claimed (there
 * should be none) becomes `unplaced`, so the cover of the input is complete whatever happens.
 */
function mergeSegments(text: string, raw: readonly TextSegment[]): TextSegment[] {
  const sorted = [...raw].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: TextSegment[] = [];
  let at = 0;
  const push = (start: number, end: number, kind: TextSegment['kind']) => {
    const prev = out[out.length - 1];
    if (prev && prev.kind === kind && prev.end === start) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else out.push({ text: text.slice(start, end), start, end, kind });
  };
  for (const s of sorted) {
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    if (start > at) push(at, start, 'unplaced');
    push(start, s.end, s.kind);
    at = s.end;
  }
  if (at < text.length) push(at, text.length, 'unplaced');
  return out;
}
