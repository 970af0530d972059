import type { OrgSnapshot } from '@signoff/org';
import type { Condition, FormField, FormModel, JsonValue } from '@signoff/schema';

const NUMBER_TYPES = new Set(['number', 'money']);
const CHOICE_TYPES = new Set(['select', 'radio', 'multiSelect', 'checkbox']);

const fieldsOf = (form: FormModel | undefined): FormField[] => form?.fields ?? [];

/** 请假天数: a number field about days. */
export function daysField(form: FormModel | undefined): FormField | undefined {
  const numbers = fieldsOf(form).filter((f) => NUMBER_TYPES.has(f.type));
  return (
    numbers.find((f) => f.label.zh.includes('天数')) ??
    numbers.find((f) => /天|日/.test(f.label.zh) || f.key === 'days')
  );
}

/** 涉及金额 first, then any amount field. */
export function amountField(form: FormModel | undefined): FormField | undefined {
  const numbers = fieldsOf(form).filter((f) => NUMBER_TYPES.has(f.type));
  return (
    numbers.find((f) => f.label.zh === '涉及金额') ??
    numbers.find((f) => f.label.zh.includes('涉及')) ??
    numbers.find((f) => f.label.zh.includes('金额'))
  );
}

/** Characters of `short` appear in `long` in order: 年假 → 年休假. */
const inOrder = (short: string, long: string): boolean => {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
};

/** A choice field with an option the word names: exactly, as part of it (退房 → 退房申请), or in order (年假 → 年休假). */
export function optionCondition(word: string, form: FormModel | undefined): Condition | undefined {
  const w = word.trim();
  if (w.length < 2) return undefined;
  const tests: ((v: string) => boolean)[] = [
    (v) => v === w,
    (v) => v.includes(w) || (w.includes(v) && v.length >= 2),
    (v) => inOrder(w, v),
  ];
  for (const test of tests) {
    for (const f of fieldsOf(form).filter((x) => CHOICE_TYPES.has(x.type))) {
      const hits = (f.options ?? []).filter((o) => test(o.value) || test(o.label.zh));
      const first = hits[0];
      if (hits.length === 1 && first)
        return { op: 'eq', left: { field: f.key }, right: { value: first.value } };
    }
  }
  return undefined;
}

const num = (s: string): number => Number(s.replace('一', '1').replace('两', '2'));
const INCLUSIVE = /[(（]含[^)）]*[)）]|含/u;
const EXCLUSIVE = /不含/u;

/**
 * Day counts as Chinese writes them: 7天以上 / 7天(含)以上 (≥ 7), 2天内 (< 2), 1天内(含1天) (≤ 1),
 * 1天以上(不含一天) (> 1), 2天(含)-7天 (2 ≤ d < 7). `undefined` when the text is not about days;
 * `'no_field'` when it is but the form has no number field for it.
 */
export function daysCondition(text: string, form: FormModel | undefined): Condition | 'no_field' | undefined {
  const range = /(\d+(?:\.\d+)?)\s*[天日]?\s*([(（]含[)）])?\s*[-－~～至到]\s*(\d+(?:\.\d+)?)\s*[天日]/u.exec(
    text,
  );
  const single = /(\d+(?:\.\d+)?|[一两])\s*(?:[(（]含[)）])?\s*(?:个)?(?:工作)?[天日]/u.exec(text);
  if (!range && !single) return undefined;
  const field = daysField(form);
  if (!field) return 'no_field';
  const left = { field: field.key };
  const v = (n: number): { value: JsonValue } => ({ value: n });
  if (range?.[1] !== undefined && range[3] !== undefined) {
    return {
      op: 'and',
      conditions: [
        { op: range[2] ? 'gte' : 'gt', left, right: v(num(range[1])) },
        { op: 'lt', left, right: v(num(range[3])) },
      ],
    };
  }
  const n = num(single?.[1] ?? '0');
  const tail = text.slice((single?.index ?? 0) + (single?.[0].length ?? 0));
  const whole = text;
  if (/以内|之内|内/.test(tail) || /以内|之内|[天日]内/.test(whole)) {
    return { op: INCLUSIVE.test(whole) && !EXCLUSIVE.test(whole) ? 'lte' : 'lt', left, right: v(n) };
  }
  if (/以下/.test(whole)) return { op: 'lte', left, right: v(n) };
  // 以上 reads as "n or more" unless the text says 不含, as the catalogs read 7天以上
  return { op: EXCLUSIVE.test(whole) ? 'gt' : 'gte', left, right: v(n) };
}

/** The applicant's rank: 职员, 主管级以上, 部门经理及以上 (tenant ranks, lowest first). */
export function rankCondition(label: string, org: OrgSnapshot): Condition | undefined {
  const ranks = [...org.ranks].sort((a, b) => a.order - b.order);
  const exact = ranks.find((r) => r.name === label);
  const stripped = label.replace(/(及|或)?以上$/u, '');
  const rank = exact ?? ranks.find((r) => r.name === stripped);
  if (!rank) return undefined;
  const top = ranks[ranks.length - 1]?.id === rank.id;
  const orMore = /以上$/u.test(label) || top;
  return { op: orMore ? 'gte' : 'eq', left: { applicant: 'rank' }, right: { value: rank.name } };
}

/** The applicant's department, by name or code. */
export function departmentCondition(label: string, org: OrgSnapshot): Condition | undefined {
  const d = org.departments.find((x) => x.name === label || x.code === label);
  return d ? { op: 'eq', left: { applicant: 'department' }, right: { value: d.name } } : undefined;
}

/** An alternative's label as a condition: an option, a day count, a department, a rank. */
export function labelCondition(
  label: string,
  org: OrgSnapshot,
  form: FormModel | undefined,
): Condition | undefined {
  const l = label.trim();
  if (l.length === 0) return undefined;
  const days = daysCondition(l, form);
  if (days !== undefined) return days === 'no_field' ? undefined : days;
  return departmentCondition(l, org) ?? rankCondition(l, org) ?? optionCondition(l, form);
}

/** Threshold of a lower-bound condition, for evaluating higher bounds first (副总经理以上 before 主管级以上). */
export function lowerBound(c: Condition | undefined, org: OrgSnapshot): number | undefined {
  if (!c || (c.op !== 'gte' && c.op !== 'gt') || !('right' in c) || !('value' in c.right)) return undefined;
  const value = c.right.value;
  if (typeof value === 'number') return value;
  const rank = org.ranks.find((r) => r.name === value);
  return rank?.order;
}

const UNITS: Record<string, number> = { 万: 10_000, 千: 1_000, 百: 100, 元: 1 };

/**
 * An amount with a bound, as Chinese writes it: 金额1万以上 (≥ 10000), 5000元以下 (≤ 5000),
 * 3千元及以上 (≥ 3000), 2万元以内 (< 20000), 超过5000元 (> 5000). `undefined` when the text names
 * no number; `'no_field'` when it does but the form has no amount field.
 */
export function amountCondition(
  text: string,
  form: FormModel | undefined,
): Condition | 'no_field' | undefined {
  const m =
    /(超过|大于|高于)?\s*(\d+(?:\.\d+)?)\s*(万|千|百)?\s*元?\s*([(（]?(?:不)?含[^)）]*[)）]?)?\s*(及以上|以上|以下|以内|之内|内)?/u.exec(
      text,
    );
  if (!m?.[2] || (!m[1] && !m[3] && !m[5] && !/元/u.test(m[0]))) return undefined;
  const field = amountField(form);
  if (!field) return 'no_field';
  const value = Number(m[2]) * (UNITS[m[3] ?? '元'] ?? 1);
  const left = { field: field.key };
  const right = { value };
  const bound = m[5] ?? '';
  const excluded = EXCLUSIVE.test(m[4] ?? '');
  const included = !excluded && INCLUSIVE.test(m[4] ?? '');
  if (m[1]) return { op: 'gt', left, right };
  if (/以下/u.test(bound)) return { op: excluded ? 'lt' : 'lte', left, right };
  if (/内/u.test(bound)) return { op: included ? 'lte' : 'lt', left, right };
  // 以上 reads as "n or more" unless the text says 不含, as 7天以上 does
  return { op: excluded ? 'gt' : 'gte', left, right };
}
