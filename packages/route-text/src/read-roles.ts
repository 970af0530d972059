import type { Condition } from '@signoff/schema';
import { readChain, type ChainContext } from './read-chain.js';
import { rankCondition } from './read-condition.js';
import type { Reading, SketchAlternative } from './sketch.js';
import { tokenize } from './tokenize.js';

const PARTS = /[^;；]+/gu;

/**
 * "职员部门负责人签字；部门负责人分管领导签字；分管领导董事长签字": alternatives by who applies, each
 * part naming the applicant (a rank or a virtual position) and then the chain. Holding a head seat
 * (or any rank above the lowest) is "部门负责人"; the top rank or a supervising seat is "分管领导".
 * The more senior applicants are tried first; the first part is the default.
 */
export function readRoles(ctx: ChainContext, from: number, to: number): Reading | undefined {
  const parts = [...ctx.text.slice(from, to).matchAll(PARTS)].map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
  if (parts.length < 2) return undefined;
  const read = parts.map((p) => {
    const tokens = tokenize(ctx.text, p.start, p.end, ctx.vocab);
    const at = tokens.findIndex((t) => t.type !== 'separator' && t.type !== 'group');
    const head = tokens[at];
    // only separators and remarks ("(3日内)：") may come before the applicant's role
    if (!head) return undefined;
    const rank = ctx.org.ranks.find((r) => ctx.text.startsWith(r.name, head.start));
    const role = rank
      ? { start: head.start, end: head.start + rank.name.length, text: rank.name }
      : head.type === 'word'
        ? head
        : undefined;
    if (!role) return undefined;
    // the role is followed by the chain's first approver, else this is just a list of steps
    const next = tokens.find((t) => t.start >= role.end && t.type !== 'separator');
    if (!next || next.type !== 'word' || (next.lexeme.type !== 'actor' && next.lexeme.type !== 'handler'))
      return undefined;
    const kind =
      !rank && head.type === 'word' && head.lexeme.type === 'actor'
        ? head.lexeme.actor.approvers.kind
        : undefined;
    const cond = roleCondition(ctx, role.text, kind);
    return cond === undefined ? undefined : { part: p, role, condition: cond };
  });
  if (read.some((r) => r === undefined)) return undefined;
  const reading: Reading = { items: [], segments: [], unplaced: [] };
  const alts: SketchAlternative[] = [];
  let at = from;
  for (const r of read) {
    if (!r) continue;
    if (r.part.start > at)
      reading.segments.push({
        text: ctx.text.slice(at, r.part.start),
        start: at,
        end: r.part.start,
        kind: 'ignored',
      });
    if (r.role.start > r.part.start) {
      const lead = readChain(ctx, r.part.start, r.role.start);
      reading.segments.push(...lead.segments);
      reading.unplaced.push(...lead.unplaced);
    }
    reading.segments.push({ text: r.role.text, start: r.role.start, end: r.role.end, kind: 'label' });
    const body = readChain(ctx, r.role.end, r.part.end);
    reading.segments.push(...body.segments);
    reading.unplaced.push(...body.unplaced);
    alts.push({
      label: r.role.text,
      ...(r.condition === 'lowest' ? {} : { condition: r.condition }),
      items: body.items,
    });
    at = r.part.end;
  }
  if (to > at) reading.segments.push({ text: ctx.text.slice(at, to), start: at, end: to, kind: 'ignored' });
  const [first, ...rest] = alts;
  if (first) {
    // the first part is the way for everyone the later parts do not name, so it is the default
    // even when it names a role itself (部门经理…；分管领导…): a branch with no default strands the rest
    const { condition: _named, ...fallback } = first;
    reading.items.push({
      type: 'switch',
      name: alts.map((a) => a.label).join(' / '),
      alternatives: [fallback, ...rest.reverse()],
    });
  }
  return reading;
}

/** Who applies, as a condition: a rank, 部门负责人 (a head seat or above the lowest rank), 分管领导 (the top rank or a supervising seat). */
export function roleCondition(
  ctx: Pick<ChainContext, 'org'>,
  word: string,
  kind: string | undefined,
): Condition | 'lowest' | undefined {
  const ranks = [...ctx.org.ranks].sort((a, b) => a.order - b.order);
  const lowest = ranks[0];
  const second = ranks[1];
  const top = ranks[ranks.length - 1];
  if (lowest && word === lowest.name) return 'lowest';
  const rank = rankCondition(word, ctx.org);
  if (rank) return rank;
  if (kind === 'deptHead') {
    const heads = ctx.org.positions.filter((p) => p.isHead).map((p) => p.name);
    const byRank: Condition[] = second
      ? [{ op: 'gte', left: { applicant: 'rank' }, right: { value: second.name } }]
      : [];
    return {
      op: 'or',
      conditions: [...byRank, { op: 'in', left: { applicant: 'positions' }, values: [...new Set(heads)] }],
    };
  }
  if (kind === 'supervisingLeader') {
    const seats = ctx.org.supervisions
      .map((s) => ctx.org.positions.find((p) => p.id === s.positionId)?.name)
      .filter((n): n is string => n !== undefined);
    const byRank: Condition[] =
      top && top !== lowest ? [{ op: 'gte', left: { applicant: 'rank' }, right: { value: top.name } }] : [];
    return {
      op: 'or',
      conditions: [...byRank, { op: 'in', left: { applicant: 'positions' }, values: [...new Set(seats)] }],
    };
  }
  return undefined;
}
