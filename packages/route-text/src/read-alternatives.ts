import type { Condition } from '@signoff/schema';
import { readChain, type ChainContext } from './read-chain.js';
import { departmentCondition, labelCondition, lowerBound } from './read-condition.js';
import { readRoles, roleCondition } from './read-roles.js';
import type { SegmentKind } from './route-text-result.js';
import type { Reading, SketchAlternative, SketchItem } from './sketch.js';
import { unplacedReason } from './unplaced-reasons.js';

const HAN_MARKER = /([一二三四五六七八九十])、/gu;
const ARABIC_MARKER = /(\d{1,2})[、．]/gu;
const HAN_DIGITS = '一二三四五六七八九十';
const LABEL_BREAK = /[\s。；;→>]/u;

interface Marker {
  start: number;
  end: number;
}

/** Numbered items 1、2、3、 (or 一、二、), in order from 1, each at the start or after a separator or colon. */
function markers(text: string, from: number, to: number, pattern: RegExp): Marker[] {
  const out: Marker[] = [];
  const slice = text.slice(from, to);
  let expected = 1;
  for (const m of slice.matchAll(pattern)) {
    const n = pattern === HAN_MARKER ? HAN_DIGITS.indexOf(m[1] ?? '') + 1 : Number(m[1]);
    const before = slice[m.index - 1];
    if (n !== expected || (before !== undefined && !/[\s。；;:：、，,→>]/u.test(before))) continue;
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
    expected++;
  }
  return out;
}

/** A label as a condition: an option, a day count, a department, a rank, or who applies (部门负责人：…). */
function readLabel(ctx: ChainContext, label: string): Condition | undefined {
  const plain = labelCondition(label, ctx.org, ctx.form);
  if (plain) return plain;
  const lex = ctx.vocab.words.get(label.trim());
  const role = lex?.type === 'actor' ? roleCondition(ctx, label.trim(), lex.actor.approvers.kind) : undefined;
  return role === 'lowest' ? undefined : role;
}

const seg = (ctx: ChainContext, start: number, end: number, kind: SegmentKind) => ({
  text: ctx.text.slice(start, end),
  start,
  end,
  kind,
});

/**
 * A stretch of route text: numbered alternatives (一、… 二、…, then 1、… 2、…), labelled ones
 * (市内：… 市外：…, 销售部：… 财务部：…), alternatives by who applies (职员…；部门负责人…), or a chain.
 */
export function readSequence(ctx: ChainContext, from: number, to: number): Reading {
  for (const pattern of [HAN_MARKER, ARABIC_MARKER]) {
    const ms = markers(ctx.text, from, to, pattern);
    const first = ms[0];
    if (ms.length >= 2 && first) {
      const bodies = ms.map((m, i) => ({ marker: m, from: m.end, to: ms[i + 1]?.start ?? to }));
      return withPrefix(ctx, from, first.start, numbered(ctx, bodies));
    }
    // a lone "1、" before the only way: just a number
    if (ms.length === 1 && first && ctx.text.slice(from, first.start).trim() === '') {
      const rest = readSequence(ctx, first.end, to);
      return { ...rest, segments: [seg(ctx, from, first.end, 'ignored'), ...rest.segments] };
    }
  }
  return readLabelled(ctx, from, to) ?? readRoles(ctx, from, to) ?? readChain(ctx, from, to);
}

/** Steps written before the alternatives come first. */
function withPrefix(ctx: ChainContext, from: number, to: number, rest: Reading): Reading {
  if (to <= from) return rest;
  const prefix = readChain(ctx, from, to);
  return {
    items: [...prefix.items, ...rest.items],
    segments: [...prefix.segments, ...rest.segments],
    unplaced: [...prefix.unplaced, ...rest.unplaced],
  };
}

/** Each numbered body: its label (text before an inner numbering or a colon), then its own sequence. */
function numbered(ctx: ChainContext, bodies: { marker: Marker; from: number; to: number }[]): Reading {
  const parts = bodies.map((b) => {
    const inner = markers(ctx.text, b.from, b.to, ARABIC_MARKER);
    const colon = /^[^:：→>]{1,16}?[:：]/u.exec(ctx.text.slice(b.from, b.to));
    let labelEnd = b.from;
    if (inner.length >= 2 && inner[0]) labelEnd = inner[0].start;
    else if (colon) labelEnd = b.from + colon[0].length;
    return { marker: b.marker, labelStart: b.from, labelEnd, to: b.to };
  });
  return alternatives(
    ctx,
    parts.map((p) => ({ start: p.marker.start, markerEnd: p.marker.end, labelEnd: p.labelEnd, to: p.to })),
  );
}

/** 市内：… 市外：…: labels before a colon, at least two of which read as conditions. */
function readLabelled(ctx: ChainContext, from: number, to: number): Reading | undefined {
  const found: { start: number; labelEnd: number }[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = ctx.text[i] ?? '';
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    else if ((ch === ':' || ch === '：') && depth === 0) {
      let s = i;
      while (s > from && !LABEL_BREAK.test(ctx.text[s - 1] ?? '')) s--;
      const label = ctx.text.slice(s, i).trim();
      if (label.length > 0 && readLabel(ctx, label) !== undefined) found.push({ start: s, labelEnd: i + 1 });
    }
  }
  const first = found[0];
  if (found.length < 2 || !first) return undefined;
  const parts = found.map((f, i) => ({
    start: f.start,
    markerEnd: f.start,
    labelEnd: f.labelEnd,
    to: found[i + 1]?.start ?? to,
  }));
  return withPrefix(ctx, from, first.start, alternatives(ctx, parts));
}

/**
 * Builds the switch: the first alternative is the default way, the others are tried with their
 * labels' conditions: choices first, then higher lower bounds before lower ones (副总经理以上 before
 * 主管级以上), else in the order written. An alternative whose label reads as nothing is left out.
 */
function alternatives(
  ctx: ChainContext,
  parts: { start: number; markerEnd: number; labelEnd: number; to: number }[],
): Reading {
  const reading: Reading = { items: [], segments: [], unplaced: [] };
  const alts: (SketchAlternative & { order: number })[] = [];
  parts.forEach((p, i) => {
    const marker = () => {
      if (p.markerEnd > p.start)
        reading.segments.push(seg(ctx, p.start, p.markerEnd, i > 0 && !condition ? 'unplaced' : 'ignored'));
    };
    const label = ctx.text
      .slice(p.markerEnd, p.labelEnd)
      .replace(/[:：\s]+$/u, '')
      .trim();
    const condition = i === 0 ? undefined : readLabel(ctx, label);
    const body = readSequence(ctx, p.labelEnd, p.to);
    marker();
    if (i > 0 && !condition) {
      const text = ctx.text.slice(p.start, p.to);
      reading.unplaced.push({
        text,
        start: p.start,
        end: p.to,
        reason: unplacedReason('unreachable_alternative', label || text),
      });
      if (p.labelEnd > p.markerEnd) reading.segments.push(seg(ctx, p.markerEnd, p.labelEnd, 'unplaced'));
      reading.segments.push(...body.segments.map((s) => ({ ...s, kind: 'unplaced' as const })));
      return;
    }
    if (p.labelEnd > p.markerEnd) reading.segments.push(seg(ctx, p.markerEnd, p.labelEnd, 'label'));
    reading.segments.push(...body.segments);
    reading.unplaced.push(...body.unplaced);
    alts.push({ label, ...(condition ? { condition } : {}), items: body.items, order: i });
  });
  const [fallback, ...rest] = byDepartment(ctx, alts);
  const rank = (c: Condition | undefined) =>
    c && (c.op === 'eq' || c.op === 'in') && 'left' in c && 'field' in c.left ? 0 : 1;
  rest.sort(
    (a, b) =>
      rank(a.condition) - rank(b.condition) ||
      (lowerBound(b.condition, ctx.org) ?? -1e9) - (lowerBound(a.condition, ctx.org) ?? -1e9) ||
      a.order - b.order,
  );
  // with no way but the default left there is nothing to choose: its steps are simply the route
  if (fallback && rest.length === 0) reading.items.push(...fallback.items);
  else if (fallback) {
    const name =
      alts
        .map((a) => a.label)
        .filter(Boolean)
        .join(' / ') || '分支';
    reading.items.push({
      type: 'switch',
      name,
      alternatives: [fallback, ...rest].map(({ order: _o, ...a }) => a),
    });
  }
  return reading;
}

const isDepartment = (c: Condition | undefined) =>
  c?.op === 'eq' && 'left' in c && 'applicant' in c.left && c.left.applicant === 'department';

/**
 * "销售部：… 财务部：… 工程部：…": when every way is one department's, each keeps its condition and
 * the departments the text gives no chain for get their own head, then the steps every written
 * chain ends with (董事长审批 → 加盖印章), rather than some other department's chain.
 */
function byDepartment<A extends SketchAlternative & { order: number }>(ctx: ChainContext, alts: A[]): A[] {
  const [first, ...rest] = alts;
  const own = first ? departmentCondition(first.label, ctx.org) : undefined;
  if (!first || !own || rest.length === 0 || !rest.every((a) => isDepartment(a.condition))) return alts;
  const key = (i: SketchItem | undefined) =>
    i?.type === 'step' ? JSON.stringify([i.kind, i.actor.approvers, i.guard]) : undefined;
  const lists = alts.map((a) => a.items);
  let n = 0;
  while (
    lists.every(
      (l) =>
        l.length > n &&
        key(l[l.length - 1 - n]) !== undefined &&
        key(l[l.length - 1 - n]) === key(lists[0]?.[(lists[0]?.length ?? 0) - 1 - n]),
    )
  )
    n++;
  const ending = n > 0 ? first.items.slice(-n) : [];
  const head = ctx.vocab.words.get('部门负责人');
  const start: SketchItem[] =
    head?.type === 'actor'
      ? [
          {
            type: 'step',
            kind: 'approve',
            actor: head.actor,
            name: { zh: '部门负责人审批', en: 'Department head approves' },
          },
        ]
      : [];
  const { condition: _none, ...base } = first;
  const others = { ...base, label: '其他部门', items: [...start, ...ending], order: -1 } as A;
  return [others, { ...first, condition: own }, ...rest];
}
