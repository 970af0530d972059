import type { OrgSnapshot } from '@signoff/org';
import type { Condition, FormModel, Localized } from '@signoff/schema';
import { amountCondition, amountField, daysCondition, optionCondition } from './read-condition.js';
import type { UnplacedCode } from './route-text-result.js';

/** What a parenthesised remark after a step says: a condition on the step, or which field picks its supervising leader. */
export interface Guard {
  condition?: Condition;
  /** (工程类欧先林/日常林光举): the supervising leader follows this choice field's category */
  categoryField?: string;
  /** parts of the remark that said nothing usable, offsets relative to the remark's inner text */
  leftovers: { start: number; end: number; code: UnplacedCode; detail?: Localized }[];
}

const MONEY = /金|款|费/u;
const TERM = /[^、,，/／;；]+/gu;

/**
 * Reads "(涉及金额)", "(7天以上)", "(退房、退定金)", "(工程类欧先林/日常林光举)". Each term of the
 * remark is tried as a day count, an amount, an option of a choice field, then as a supervision
 * category; terms that match nothing are returned as leftovers. Several terms are alternatives (or).
 */
export function readGuard(inner: string, org: OrgSnapshot, form: FormModel | undefined): Guard {
  const conditions: Condition[] = [];
  const leftovers: Guard['leftovers'] = [];
  let categoryField: string | undefined;
  const categories = [...new Set(org.supervisions.flatMap((s) => s.categories))];
  for (const m of inner.matchAll(TERM)) {
    const raw = m[0];
    const term = raw.replace(/等$/u, '').trim();
    const start = m.index;
    const end = start + raw.length;
    if (term.length === 0) continue;
    const days = daysCondition(term, form);
    if (days === 'no_field') {
      leftovers.push({
        start,
        end,
        code: 'condition_without_field',
        detail: { zh: '需要天数字段', en: 'needs a number field for days' },
      });
      continue;
    }
    if (days) {
      conditions.push(days);
      continue;
    }
    const category = categories.find((c) => term.startsWith(c));
    const field = category
      ? form?.fields.find(
          (f) =>
            (f.type === 'radio' || f.type === 'select') &&
            (f.options ?? []).some((o) => o.value === category),
        )
      : undefined;
    if (category && field) {
      categoryField = field.key;
      const rest = term.slice(category.length);
      const offset = raw.indexOf(term) + category.length;
      // what follows the category is who leads it today (欧先林): a person, never an approver
      if (rest.length > 0)
        leftovers.push({ start: start + offset, end: start + offset + rest.length, code: 'person_name' });
      continue;
    }
    const option = optionCondition(term, form);
    if (option) {
      conditions.push(option);
      continue;
    }
    const amount = amountField(form);
    const bounded = MONEY.test(term) ? amountCondition(term, form) : undefined;
    if (bounded && bounded !== 'no_field') {
      conditions.push(bounded);
      continue;
    }
    if (MONEY.test(term)) {
      if (amount) conditions.push({ op: 'gt', left: { field: amount.key }, right: { value: 0 } });
      else
        leftovers.push({
          start,
          end,
          code: 'condition_without_field',
          detail: { zh: '需要金额字段', en: 'needs an amount field' },
        });
      continue;
    }
    leftovers.push({ start, end, code: looksLikeName(term) ? 'person_name' : 'condition_without_field' });
  }
  const condition =
    conditions.length === 0
      ? undefined
      : conditions.length === 1
        ? conditions[0]
        : { op: 'or' as const, conditions };
  return { ...(condition ? { condition } : {}), ...(categoryField ? { categoryField } : {}), leftovers };
}

// the most common surnames: enough to tell "(邱锦丽)" or "(工程欧先林)" from a condition
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧',
]);

/** A term ending in two or three characters that start with a surname: 邱锦丽, 工程欧先林. */
function looksLikeName(term: string): boolean {
  if (!/^\p{Script=Han}+$/u.test(term)) return false;
  const tail3 = term.slice(-3);
  const tail2 = term.slice(-2);
  return (
    (term.length >= 3 && SURNAMES.has(tail3[0] ?? '')) ||
    (term.length >= 2 && SURNAMES.has(tail2[0] ?? '') && term.length <= 2)
  );
}
