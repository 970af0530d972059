import type { ApplicantAttribute, Condition, JsonValue, Operand } from '@signoff/schema';

type Lang = 'zh' | 'en';

const APPLICANT: Record<ApplicantAttribute, Record<Lang, string>> = {
  department: { zh: '申请人部门', en: 'applicant department' },
  departments: { zh: '申请人所属部门', en: 'applicant departments' },
  rank: { zh: '申请人职级', en: 'applicant rank' },
  positions: { zh: '申请人岗位', en: 'applicant positions' },
};

const COMPARE = { eq: '=', ne: '≠', lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;

const WORDS: Record<
  'in' | 'notIn' | 'between' | 'empty' | 'notEmpty' | 'and' | 'or' | 'not',
  Record<Lang, string>
> = {
  in: { zh: '属于', en: 'in' },
  notIn: { zh: '不属于', en: 'not in' },
  between: { zh: '介于', en: 'between' },
  empty: { zh: '为空', en: 'is empty' },
  notEmpty: { zh: '不为空', en: 'is not empty' },
  and: { zh: '且', en: 'and' },
  or: { zh: '或', en: 'or' },
  not: { zh: '非', en: 'not' },
};

const value = (v: JsonValue): string => JSON.stringify(v);

function operand(o: Operand, lang: Lang): string {
  if ('field' in o) return `「${o.field}」`;
  if ('applicant' in o) return APPLICANT[o.applicant][lang];
  return value(o.value);
}

/**
 * A branch condition as one line a person reads in a BPMN modeller ("「请假天数」 ≥ 3 且 …").
 * Only for people: the exact condition travels as JSON next to it.
 */
export function conditionText(c: Condition, lang: Lang): string {
  switch (c.op) {
    case 'eq':
    case 'ne':
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return `${operand(c.left, lang)} ${COMPARE[c.op]} ${operand(c.right, lang)}`;
    case 'in':
    case 'notIn':
      return `${operand(c.left, lang)} ${WORDS[c.op][lang]} [${c.values.map(value).join(', ')}]`;
    case 'between':
      return `${operand(c.left, lang)} ${WORDS.between[lang]} ${value(c.min)} – ${value(c.max)}`;
    case 'empty':
    case 'notEmpty':
      return `${operand(c.operand, lang)} ${WORDS[c.op][lang]}`;
    case 'and':
    case 'or':
      return c.conditions
        .map((x) =>
          x.op === 'and' || x.op === 'or' ? `(${conditionText(x, lang)})` : conditionText(x, lang),
        )
        .join(` ${WORDS[c.op][lang]} `);
    case 'not':
      return `${WORDS.not[lang]} (${conditionText(c.condition, lang)})`;
  }
}
