import type { OrgSnapshot } from '@signoff/org';
import type { Condition, FormModel, Localized } from '@signoff/schema';
import { readGuard } from './read-guard.js';
import type { SegmentKind, UnplacedCode } from './route-text-result.js';
import type { Reading, SketchStep } from './sketch.js';
import { tokensWithNotes } from './read-field-notes.js';
import type { Token } from './tokenize.js';
import { unplacedReason } from './unplaced-reasons.js';
import type { Actor, Vocabulary } from './vocabulary.js';

export interface ChainContext {
  text: string;
  org: OrgSnapshot;
  form: FormModel | undefined;
  vocab: Vocabulary;
}

/** a department written last with no verb, and the handler word it stands for */
const FINAL_HANDLERS: Record<string, string> = { 财务: '财务支付', 财务部: '财务支付' };

const KIND_WORD = {
  approve: { zh: '审批', en: 'approval' },
  notify: { zh: '抄送', en: 'copy' },
  handle: { zh: '办理', en: 'handling' },
} as const;

const VERB_EN: Record<string, string> = { approve: 'approves', notify: 'is copied', handle: 'handles' };

/**
 * Reads one chain of steps ("相关人员填写部门经理审核财务部审核(涉及金额)董事长审批出纳支付"): an
 * approver word and the verb after it make a step (no verb: 审批); a handler word is a step by
 * itself; a remark in brackets qualifies the step before it. Every token becomes a segment.
 */
export function readChain(ctx: ChainContext, from: number, to: number): Reading {
  const reading: Reading = { items: [], segments: [], unplaced: [] };
  const tokens = tokensWithNotes(ctx, from, to);
  let filter: { condition: Condition; text: string } | undefined;
  const mark = (t: { start: number; end: number }, kind: SegmentKind) => {
    reading.segments.push({ text: ctx.text.slice(t.start, t.end), start: t.start, end: t.end, kind });
  };
  const unplace = (t: { start: number; end: number }, code: UnplacedCode, detail?: Localized) => {
    const text = ctx.text.slice(t.start, t.end);
    mark(t, 'unplaced');
    reading.unplaced.push({ text, start: t.start, end: t.end, reason: unplacedReason(code, text, detail) });
  };

  let pending: { token: Token; actor: Actor; segment: number; slash: boolean } | undefined;
  /** the step just made, while only separators follow it: a remark or a repeated verb still belongs to it */
  let last: SketchStep | undefined;
  let lastSlash = false;
  /** the token before (separators aside) was an unknown word or position */
  let previousUnknown = false;
  const push = (step: SketchStep, slash: boolean) => {
    // "分管领导审核/物业分管领导审核": two ways of naming the same virtual position are one step
    const prev = reading.items[reading.items.length - 1];
    if (
      slash &&
      prev?.type === 'step' &&
      prev.kind === step.kind &&
      JSON.stringify(prev.actor.approvers) === JSON.stringify(step.actor.approvers)
    ) {
      last = prev;
      return;
    }
    if (filter) {
      step.guard = filter;
      filter = undefined;
    }
    reading.items.push(step);
    last = step;
  };
  const flush = (final = false) => {
    if (!pending) return;
    const { token: t, actor, slash } = pending;
    pending = undefined;
    // 董事长审批财务: the finance department named last, with no verb, pays out
    const handler = final ? FINAL_HANDLERS[t.text] : undefined;
    const lex = handler ? ctx.vocab.words.get(handler) : undefined;
    if (lex?.type === 'handler' && lex.actor) {
      push({ type: 'step', kind: 'handle', actor: lex.actor, name: { zh: t.text, en: lex.en } }, slash);
      return;
    }
    push({ type: 'step', kind: 'approve', actor, name: { zh: t.text, en: `${actor.en} approves` } }, slash);
  };

  for (const t of tokens) {
    if (t.type === 'separator') {
      mark(t, 'ignored');
      if (/[/／]/u.test(t.text)) lastSlash = true;
      continue;
    }
    const slash = lastSlash;
    lastSlash = false;
    const unknownBefore = previousUnknown;
    previousUnknown = t.type === 'unknown' || (t.type === 'word' && t.lexeme.type === 'unknownActor');
    if (t.type === 'unknown') {
      flush();
      last = undefined;
      unplace(t, 'unknown_word');
      continue;
    }
    if (t.type === 'group') {
      flush();
      // remarks may stack: 分管领导审核(工程类/日常)(涉及金额)
      readRemark(ctx, reading, t, last, mark, unplace);
      continue;
    }
    const lex = t.lexeme;
    switch (lex.type) {
      case 'actor':
        flush();
        pending = { token: t, actor: lex.actor, segment: reading.segments.length, slash };
        mark(t, 'step');
        break;
      case 'unknownActor':
        flush();
        last = undefined;
        unplace(t, 'unknown_position');
        break;
      case 'verb':
        if (pending) {
          const p = pending;
          pending = undefined;
          const zh = ctx.text.slice(p.token.start, t.end).replace(/[\s→>]+/gu, '');
          push(
            {
              type: 'step',
              kind: lex.kind,
              actor: p.actor,
              name: { zh, en: `${p.actor.en} ${VERB_EN[lex.kind] ?? lex.en}` },
            },
            p.slash,
          );
          mark(t, 'step');
        } else if (last && !slash && (lex.kind === last.kind || lex.kind === 'approve')) {
          // 审核批, 董事长审: a second verb for the same step
          mark(t, 'step');
        } else if (last && slash) {
          // 财务部审核/备案: approve or copy, and the text does not say when; the first kind stays
          unplace(t, 'ambiguous_kind', KIND_WORD[last.kind]);
        } else if (unknownBefore && reading.unplaced.length > 0) {
          // 总经理审批: the verb goes with the unknown approver before it, as one unplaced step
          const u = reading.unplaced[reading.unplaced.length - 1];
          if (u) {
            u.end = t.end;
            u.text = ctx.text.slice(u.start, u.end);
          }
          mark(t, 'unplaced');
        } else {
          unplace(t, 'verb_without_approver');
        }
        break;
      case 'handler': {
        // 综合部加盖印章: a department named just before does the work; a person's seat (董事长) signs first
        if (pending && pending.actor.approvers.kind !== 'departmentHead') flush();
        const by = pending?.actor ?? lex.actor;
        const startAt = pending?.token.start ?? t.start;
        pending = undefined;
        if (!by) {
          unplace(t, 'unknown_position', { zh: '无人负责此事', en: 'nobody does this' });
          last = undefined;
          break;
        }
        push(
          {
            type: 'step',
            kind: 'handle',
            actor: by,
            name: { zh: ctx.text.slice(startAt, t.end), en: lex.en },
          },
          slash,
        );
        mark(t, 'step');
        break;
      }
      case 'applicantAction': {
        // 综管部提出申请: the department named just before is who applies, not a step
        const p = pending;
        if (p && reading.items.length === 0) {
          const seg = reading.segments[p.segment];
          if (seg) seg.kind = 'applicant';
          pending = undefined;
        } else flush();
        mark(t, 'applicant');
        break;
      }
      case 'object':
        // 审核预算: what the step looks at, part of its name
        if (last) mark(t, 'step');
        else unplace(t, 'unknown_word');
        break;
      case 'fieldNote':
      case 'fieldFilter':
        flush();
        last = undefined;
        if (lex.type === 'fieldFilter')
          filter = { condition: lex.condition, text: t.text.replace(/[。.\s]+$/u, '') };
        mark(t, 'label');
        break;
      case 'applicant':
      case 'noStep':
        flush();
        last = undefined;
        mark(t, 'applicant');
        break;
    }
  }
  flush(true);
  return reading;
}

/** A bracketed remark: qualifies the step just before it, or is unplaced with the reason. */
function readRemark(
  ctx: ChainContext,
  reading: Reading,
  t: Extract<Token, { type: 'group' }>,
  last: SketchStep | undefined,
  mark: (t: { start: number; end: number }, kind: SegmentKind) => void,
  unplace: (t: { start: number; end: number }, code: UnplacedCode, detail?: Localized) => void,
): void {
  const guard = readGuard(t.inner, ctx.org, ctx.form);
  const innerStart = t.start + 1;
  const usable =
    last !== undefined &&
    (guard.condition !== undefined ||
      (guard.categoryField !== undefined && last.actor.approvers.kind === 'supervisingLeader'));
  if (!usable || !last) {
    const detail = last
      ? guard.leftovers[0]?.detail
      : { zh: '前面没有可加条件的步骤', en: 'no step before it to qualify' };
    const names = guard.leftovers.length > 0 && guard.leftovers.every((l) => l.code === 'person_name');
    unplace(t, names ? 'person_name' : 'condition_without_field', names ? undefined : detail);
    return;
  }
  if (guard.condition) last.guard = { condition: guard.condition, text: t.inner };
  if (guard.categoryField && last.actor.approvers.kind === 'supervisingLeader') {
    last.actor = {
      ...last.actor,
      approvers: { kind: 'supervisingLeader', by: 'category', field: guard.categoryField },
    };
  }
  // the remark's own characters: placed except the leftovers, in order
  let at = t.start;
  const pieces = [...guard.leftovers].sort((a, b) => a.start - b.start);
  for (const l of pieces) {
    const s = innerStart + l.start;
    const e = innerStart + l.end;
    if (s > at) mark({ start: at, end: s }, 'condition');
    unplace({ start: s, end: e }, l.code, l.detail);
    at = e;
  }
  if (t.end > at) mark({ start: at, end: t.end }, 'condition');
}
