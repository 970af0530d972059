import type { Localized } from '@signoff/schema';
import { instantOf } from './history-values.js';

export type ChainVerdict = 'approved' | 'rejected' | 'done';

/** One decision of the other system's approval chain, as written in 审批记录. */
export interface ChainEntry {
  /** the step's name when the entry starts with one (`部门经理审批：李四 同意 …`) */
  step: string | null;
  /** a person's name or login */
  who: string;
  verdict: ChainVerdict;
  /** ISO instant */
  at: string;
  comment: string | null;
}

export type ParsedChain = { ok: true; entries: ChainEntry[] } | { ok: false; message: Localized };

/** Decision words, longest first so 不同意 is not read as 同意. */
const VERDICTS: [string, ChainVerdict][] = [
  ['不同意', 'rejected'],
  ['不通过', 'rejected'],
  ['同意', 'approved'],
  ['通过', 'approved'],
  ['批准', 'approved'],
  ['驳回', 'rejected'],
  ['拒绝', 'rejected'],
  ['已办理', 'done'],
  ['办理', 'done'],
  ['approved', 'approved'],
  ['approve', 'approved'],
  ['rejected', 'rejected'],
  ['reject', 'rejected'],
  ['done', 'done'],
];

/** 结果 / outcome words of a whole request. */
export function outcomeOf(text: string): 'approved' | 'rejected' | null {
  const t = text.trim().toLowerCase();
  if (['同意', '通过', '批准', '已通过', '已同意', 'approved', 'approve', 'passed'].includes(t))
    return 'approved';
  if (['驳回', '拒绝', '不同意', '不通过', '已驳回', '已拒绝', 'rejected', 'reject'].includes(t))
    return 'rejected';
  return null;
}

const WORDS = VERDICTS.map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?`;
const TIME = String.raw`\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?`;
// the shortest "who" before a decision word followed by a date: a name may hold spaces ("Li Si"), a comment anything
const ENTRY = new RegExp(String.raw`^(.+?)\s*(${WORDS})\s+(${DATE})(?:\s+(${TIME}))?(?:\s+([\s\S]*))?$`, 'i');

/**
 * Reads 审批记录: entries separated by `;` `；` or line breaks, each `[步骤：]姓名 同意|驳回|办理 日期 [时间] [意见]`,
 * e.g. `李四 同意 2024-03-01 10:00; 王五 驳回 2024-03-02 09:30 预算不足`. Times are China time.
 */
export function parseChain(text: string): ParsedChain {
  const entries: ChainEntry[] = [];
  for (const raw of text.split(/[;；\n]/)) {
    const part = raw.trim();
    if (part === '') continue;
    const m = ENTRY.exec(part);
    if (!m) {
      return {
        ok: false,
        message: {
          zh: `审批记录「${part}」看不懂：应写成「姓名 同意 2024-03-01 10:00」（多条用分号隔开）`,
          en: `The approval chain entry "${part}" cannot be read: write "name approved 2024-03-01 10:00" (entries separated by semicolons)`,
        },
      };
    }
    const [, before = '', word = '', date = '', time, comment] = m;
    const at = instantOf(time ? `${date} ${time}` : date);
    if (at === null)
      return {
        ok: false,
        message: {
          zh: `审批记录「${part}」的日期不存在`,
          en: `The approval chain entry "${part}" has a date that does not exist`,
        },
      };
    const colon = before.search(/[:：]/);
    const step = colon >= 0 ? before.slice(0, colon).trim() : '';
    const who = (colon >= 0 ? before.slice(colon + 1) : before).trim();
    if (who === '')
      return {
        ok: false,
        message: {
          zh: `审批记录「${part}」没有写审批人`,
          en: `The approval chain entry "${part}" names nobody`,
        },
      };
    const verdict = VERDICTS.find(([w]) => w.toLowerCase() === word.toLowerCase())?.[1] ?? 'approved';
    entries.push({
      step: step === '' ? null : step,
      who,
      verdict,
      at,
      comment: comment?.trim() ? comment.trim() : null,
    });
  }
  return { ok: true, entries };
}
