import type { Condition } from './condition.js';
import type { FormField, Localized } from './form-model.js';
import type { JsonValue } from './json-value.js';
import { showJson, showValue } from './show-value.js';

export type ConditionProblemCode =
  | 'invalid_condition'
  | 'invalid_operand'
  | 'unknown_field'
  | 'field_without_value'
  | 'unknown_attribute'
  | 'type_mismatch'
  | 'not_comparable'
  | 'not_ordered'
  | 'unknown_option'
  | 'unknown_rank'
  | 'empty_group'
  | 'empty_range'
  | 'too_deep';

export interface ConditionProblem {
  /** the sub-expression at fault, e.g. `conditions[1].right`; empty for the whole condition */
  path: string;
  code: ConditionProblemCode;
  message: Localized;
}

export interface ConditionScope {
  fields: readonly FormField[];
  /** the tenant's ranks, lowest first; when given, rank literals must be among them */
  ranks?: readonly string[];
}

/** What an operand holds, as far as comparing it goes. */
type Kind =
  | { t: 'number' | 'string' | 'date' | 'time' | 'boolean' | 'rank' }
  | { t: 'option'; options: readonly string[] }
  | { t: 'list'; of: Kind }
  /** data that only `empty` / `notEmpty` can test: files, tables, date ranges */
  | { t: 'opaque' };

interface Typed {
  kind: Kind;
  path: string;
  name: Localized;
  /** set when the operand is a literal, which is what gets blamed for a mismatch */
  literal?: JsonValue;
}

/** The same limit as evaluation: conditions come from stored JSON, and absurd depth must not blow the stack. */
const MAX_DEPTH = 64;
const ORDERED = new Set(['number', 'date', 'time', 'rank']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const KIND_NAMES: Record<Kind['t'], Localized> = {
  number: { zh: '数字', en: 'a number' },
  string: { zh: '文本', en: 'text' },
  date: { zh: '日期', en: 'a date' },
  time: { zh: '时间', en: 'a time' },
  boolean: { zh: '是/否', en: 'yes/no' },
  rank: { zh: '职级', en: 'a rank' },
  option: { zh: '选项', en: 'an option' },
  list: { zh: '列表', en: 'a list' },
  opaque: { zh: '文件、明细或区间', en: 'files, a table or a range' },
};

const APPLICANT: Record<string, { kind: Kind; name: Localized }> = {
  department: { kind: { t: 'string' }, name: { zh: '申请人部门', en: "the applicant's department" } },
  departments: { kind: { t: 'list', of: { t: 'string' } }, name: { zh: '申请人所属部门', en: "the applicant's departments" } },
  positions: { kind: { t: 'list', of: { t: 'string' } }, name: { zh: '申请人岗位', en: "the applicant's positions" } },
  rank: { kind: { t: 'rank' }, name: { zh: '申请人职级', en: "the applicant's rank" } },
};

function fieldKind(f: FormField): Kind | undefined {
  const options = (f.options ?? []).map((o) => o.value);
  switch (f.type) {
    case 'number': case 'money': case 'computed': return { t: 'number' };
    case 'date': return { t: 'date' };
    case 'time': return { t: 'time' };
    case 'select': case 'radio': return { t: 'option', options };
    case 'multiSelect': case 'checkbox': return { t: 'list', of: { t: 'option', options } };
    case 'dateRange': case 'attachment': case 'image': case 'table': return { t: 'opaque' };
    case 'description': return undefined;
    default: return { t: 'string' };
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (base: string, seg: string) => (base === '' ? seg : `${base}.${seg}`);
const show = (v: unknown) => showJson(v);

function literalKind(v: unknown): Kind {
  if (typeof v === 'number') return { t: 'number' };
  if (typeof v === 'string') return { t: 'string' };
  if (typeof v === 'boolean') return { t: 'boolean' };
  if (Array.isArray(v)) return { t: 'list', of: { t: 'string' } };
  return { t: 'opaque' };
}

/**
 * Type-checks a condition against a form's fields, the way publishing a flow does: every
 * problem comes with the path of the sub-expression at fault so the designer can point at it.
 * An empty list means the condition will evaluate meaningfully on any valid submission.
 */
export function checkCondition(cond: Condition, scope: ConditionScope): ConditionProblem[] {
  const out: ConditionProblem[] = [];
  const fields = new Map(scope.fields.map((f) => [f.key, f]));
  const report = (path: string, code: ConditionProblemCode, message: Localized): void => {
    out.push({ path, code, message });
  };

  const operand = (raw: unknown, path: string): Typed | undefined => {
    if (isObj(raw) && typeof raw.field === 'string') {
      const f = fields.get(raw.field);
      if (!f) {
        report(path, 'unknown_field', { zh: `表单中没有字段「${raw.field}」`, en: `The form has no field "${raw.field}"` });
        return undefined;
      }
      const name = { zh: `「${f.label.zh}」`, en: `"${f.label.en}"` };
      const kind = fieldKind(f);
      if (!kind) {
        report(path, 'field_without_value', { zh: `${name.zh}是说明文字，没有可比较的值`, en: `${name.en} is description text and holds no value` });
        return undefined;
      }
      return { kind, path, name };
    }
    if (isObj(raw) && typeof raw.applicant === 'string') {
      const a = Object.prototype.hasOwnProperty.call(APPLICANT, raw.applicant) ? APPLICANT[raw.applicant] : undefined;
      if (!a) {
        report(path, 'unknown_attribute', { zh: `申请人没有属性「${raw.applicant}」`, en: `The applicant has no attribute "${raw.applicant}"` });
        return undefined;
      }
      return { kind: a.kind, path, name: a.name };
    }
    if (isObj(raw) && 'value' in raw) {
      const v = raw.value as JsonValue;
      return { kind: literalKind(v), path, name: { zh: show(v), en: show(v) }, literal: v };
    }
    report(path, 'invalid_operand', { zh: '操作数须为字段、申请人属性或常量', en: 'An operand must be a field, an applicant attribute or a value' });
    return undefined;
  };

  const mismatch = (typed: Typed, blamed: { path: string; name: Localized }) =>
    report(blamed.path, 'type_mismatch', {
      zh: `${typed.name.zh}是${KIND_NAMES[typed.kind.t].zh}，不能与 ${blamed.name.zh} 比较`,
      en: `${typed.name.en} is ${KIND_NAMES[typed.kind.t].en} and cannot be compared with ${blamed.name.en}`,
    });

  /** Whether a literal fits where `typed` is compared; reports at `path` if not. */
  const literal = (typed: Typed, kind: Kind, v: unknown, path: string): boolean => {
    const blamed = { path, name: { zh: show(v), en: show(v) } };
    const fail = (): boolean => {
      mismatch({ ...typed, kind }, blamed);
      return false;
    };
    switch (kind.t) {
      case 'number': return (typeof v === 'number' && Number.isFinite(v)) || fail();
      case 'boolean': return typeof v === 'boolean' || fail();
      case 'string': return typeof v === 'string' || fail();
      case 'date': return (typeof v === 'string' && DATE.test(v)) || fail();
      case 'time': return (typeof v === 'string' && TIME.test(v)) || fail();
      case 'option':
        if (typeof v !== 'string') return fail();
        if (kind.options.includes(v)) return true;
        report(path, 'unknown_option', {
          zh: `${typed.name.zh}没有选项「${v}」`,
          en: `${typed.name.en} has no option "${v}"`,
        });
        return false;
      case 'rank':
        if (typeof v !== 'string') return fail();
        if (!scope.ranks || scope.ranks.includes(v)) return true;
        report(path, 'unknown_rank', { zh: `没有职级「${v}」`, en: `There is no rank "${v}"` });
        return false;
      default: return fail();
    }
  };

  const notComparable = (t: Typed) =>
    report(t.path, 'not_comparable', {
      zh: `${t.name.zh}是${KIND_NAMES[t.kind.t].zh}，只能判断是否为空${t.kind.t === 'list' ? '或用「属于」' : ''}`,
      en: `${t.name.en} is ${KIND_NAMES[t.kind.t].en}; test it with empty${t.kind.t === 'list' ? ', notEmpty or in' : ' or notEmpty'}`,
    });

  const notOrdered = (t: Typed) =>
    report(t.path, 'not_ordered', {
      zh: `${t.name.zh}是${KIND_NAMES[t.kind.t].zh}，不能比较大小`,
      en: `${t.name.en} is ${KIND_NAMES[t.kind.t].en} and has no order`,
    });

  const comparison = (op: string, left: Typed, right: Typed) => {
    for (const side of [left, right]) {
      if (side.kind.t === 'list' || side.kind.t === 'opaque') return notComparable(side);
    }
    const ordered = op !== 'eq' && op !== 'ne';
    if (left.literal !== undefined && right.literal !== undefined) return;
    if (right.literal !== undefined || left.literal !== undefined) {
      const [typed, lit] = right.literal !== undefined ? [left, right] : [right, left];
      if (ordered && !ORDERED.has(typed.kind.t)) return notOrdered(typed);
      literal(typed, typed.kind, lit.literal, lit.path);
      return;
    }
    const same = left.kind.t === right.kind.t || (!ordered && textual(left.kind) && textual(right.kind));
    if (!same) return mismatch(left, right);
    if (ordered && !ORDERED.has(left.kind.t)) notOrdered(left);
  };

  const visit = (raw: unknown, path: string, depth = 0): void => {
    if (depth > MAX_DEPTH) {
      report(path, 'too_deep', { zh: `条件嵌套超过 ${MAX_DEPTH} 层`, en: `The condition is nested more than ${MAX_DEPTH} levels deep` });
      return;
    }
    if (!isObj(raw)) {
      report(path, 'invalid_condition', { zh: '条件必须是对象', en: 'A condition must be an object' });
      return;
    }
    const op = raw.op;
    switch (op) {
      case 'eq': case 'ne': case 'lt': case 'lte': case 'gt': case 'gte': {
        const left = operand(raw.left, at(path, 'left'));
        const right = operand(raw.right, at(path, 'right'));
        if (left && right) comparison(op, left, right);
        return;
      }
      case 'in': case 'notIn': {
        const left = operand(raw.left, at(path, 'left'));
        if (!Array.isArray(raw.values) || raw.values.length === 0) {
          report(at(path, 'values'), 'invalid_condition', { zh: '「属于」需要至少一个值', en: '"in" needs at least one value' });
          return;
        }
        if (!left) return;
        if (left.kind.t === 'opaque') return notComparable(left);
        const element = left.kind.t === 'list' ? left.kind.of : left.kind;
        (raw.values as unknown[]).forEach((v, i) => literal(left, element, v, `${at(path, 'values')}[${i}]`));
        return;
      }
      case 'between': {
        const left = operand(raw.left, at(path, 'left'));
        if (!left) return;
        if (left.literal !== undefined) return;
        if (!ORDERED.has(left.kind.t)) return notOrdered(left);
        const okMin = literal(left, left.kind, raw.min, at(path, 'min'));
        const okMax = literal(left, left.kind, raw.max, at(path, 'max'));
        if (okMin && okMax && rankedAbove(left.kind, raw.min, raw.max, scope.ranks)) {
          report(path, 'empty_range', { zh: '区间的下限大于上限', en: 'The lower bound of the range is above the upper bound' });
        }
        return;
      }
      case 'empty': case 'notEmpty':
        operand(raw.operand, at(path, 'operand'));
        return;
      case 'and': case 'or':
        if (!Array.isArray(raw.conditions) || raw.conditions.length === 0) {
          report(at(path, 'conditions'), 'empty_group', { zh: '条件组至少需要一个条件', en: 'A group needs at least one condition' });
          return;
        }
        (raw.conditions as unknown[]).forEach((c, i) => visit(c, `${at(path, 'conditions')}[${i}]`, depth + 1));
        return;
      case 'not':
        visit(raw.condition, at(path, 'condition'), depth + 1);
        return;
      default:
        report(at(path, 'op'), 'invalid_condition', { zh: `未知的运算「${showValue(op)}」`, en: `Unknown operator "${showValue(op)}"` });
    }
  };

  visit(cond, '');
  return out;
}

const textual = (k: Kind) => k.t === 'string' || k.t === 'option' || k.t === 'rank';

function rankedAbove(kind: Kind, min: unknown, max: unknown, ranks: readonly string[] | undefined): boolean {
  if (kind.t === 'rank') return ranks !== undefined && ranks.indexOf(String(min)) > ranks.indexOf(String(max));
  if (typeof min === 'number' && typeof max === 'number') return min > max;
  return typeof min === 'string' && typeof max === 'string' && min > max;
}
