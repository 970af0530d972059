import type { Condition } from '@signoff/schema';
import type { ChainContext } from './read-chain.js';
import { tokenize, type Token } from './tokenize.js';
import type { Lexeme } from './vocabulary.js';

/**
 * "内容分类：Δ营销方案类合同、Δ营销活动类合同。": a choice field's label, a colon and some of its
 * options. Naming every option describes the flow; naming some makes the next step only for them.
 */
export function tokensWithNotes(ctx: ChainContext, from: number, to: number): Token[] {
  const out: Token[] = [];
  let at = from;
  for (const note of findNotes(ctx, from, to)) {
    out.push(...tokenize(ctx.text, at, note.start, ctx.vocab));
    out.push({
      type: 'word',
      start: note.start,
      end: note.end,
      text: ctx.text.slice(note.start, note.end),
      lexeme: note.lexeme,
    });
    at = note.end;
  }
  out.push(...tokenize(ctx.text, at, to, ctx.vocab));
  return out;
}

function findNotes(
  ctx: ChainContext,
  from: number,
  to: number,
): { start: number; end: number; lexeme: Lexeme }[] {
  const notes: { start: number; end: number; lexeme: Lexeme }[] = [];
  const slice = ctx.text.slice(from, to);
  for (const field of ctx.form?.fields ?? []) {
    const options = field.options ?? [];
    if (options.length === 0) continue;
    const head = new RegExp(`${escape(field.label.zh)}\\s*[:：]`, 'gu');
    for (const m of slice.matchAll(head)) {
      let end = m.index + m[0].length;
      const named = new Set<string>();
      for (;;) {
        const term = /^[\sΔ△、，,]*([^\sΔ△、，,。;；]+)/u.exec(slice.slice(end));
        const word = term?.[1];
        const hit = word
          ? options.find((o) => o.value === word || word.includes(o.value) || o.value.includes(word))
          : undefined;
        if (!term || !hit) break;
        named.add(hit.value);
        end += term[0].length;
      }
      if (named.size === 0) continue;
      if (slice[end] === '。' || slice[end] === '.') end++;
      const condition: Condition = { op: 'in', left: { field: field.key }, values: [...named] };
      const lexeme: Lexeme =
        named.size === options.length ? { type: 'fieldNote' } : { type: 'fieldFilter', condition };
      notes.push({ start: from + m.index, end: from + end, lexeme });
    }
  }
  return notes
    .sort((a, b) => a.start - b.start)
    .filter((n, i, all) => i === 0 || n.start >= (all[i - 1]?.end ?? 0));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
