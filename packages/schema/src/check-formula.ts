import { checkCondition } from './check-condition.js';
import type { FormField, Localized } from './form-model.js';
import type { Formula } from './formula.js';
import { showJson, showValue } from './show-value.js';

export type FormulaProblemCode =
  | 'invalid_formula'
  | 'unknown_field'
  | 'type_mismatch'
  | 'not_a_table'
  | 'unknown_column'
  | 'invalid_precision'
  | 'invalid_condition'
  | 'too_deep';

export interface FormulaProblem {
  /** the sub-expression at fault, e.g. `left.right` or `condition.conditions[0].left`; empty for the whole formula */
  path: string;
  code: FormulaProblemCode;
  message: Localized;
}

export interface FormulaScope {
  /** the form's top-level fields */
  fields: readonly FormField[];
  /** the columns of the row, when the formula belongs to a table column; they win over form fields of the same key */
  row?: readonly FormField[];
  /** the tenant's ranks, for conditions inside `if` */
  ranks?: readonly string[];
}

/** What a sub-expression yields. */
type Kind = 'number' | 'date';

const KIND_NAMES: Record<Kind | 'range' | 'other', Localized> = {
  number: { zh: '数字', en: 'a number' },
  date: { zh: '日期', en: 'a date' },
  range: { zh: '日期区间', en: 'a date range' },
  other: { zh: '非数字', en: 'not a number' },
};

const NUMBER_TYPES: ReadonlySet<string> = new Set(['number', 'money', 'computed']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_FORMULA_DEPTH = 64;
const MAX_PRECISION = 10;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (base: string, seg: string) => (seg === '' ? base : base === '' ? seg : `${base}.${seg}`);
const quoted = (f: FormField): Localized => ({ zh: `「${f.label.zh}」`, en: `"${f.label.en}"` });

function kindOfField(f: FormField): Kind | 'range' | 'other' {
  if (NUMBER_TYPES.has(f.type)) return 'number';
  if (f.type === 'date') return 'date';
  if (f.type === 'dateRange') return 'range';
  return 'other';
}

/**
 * Type-checks a formula against the form: every field it names exists and holds a number (or a
 * date where `daysBetween` wants one), `sum` names a table and one of its number columns, `if`
 * carries a valid condition. Each problem names the sub-expression at fault. Never throws.
 */
export function checkFormula(formula: Formula, scope: FormulaScope): FormulaProblem[] {
  const out: FormulaProblem[] = [];
  const report = (path: string, code: FormulaProblemCode, message: Localized) => void out.push({ path, code, message });
  const top = new Map(scope.fields.map((f) => [f.key, f]));
  const row = new Map((scope.row ?? []).map((f) => [f.key, f]));
  const lookup = (key: string): FormField | undefined => row.get(key) ?? top.get(key);

  const mismatch = (path: string, what: Localized, got: Kind | 'range' | 'other', want: Kind | 'range') =>
    report(path, 'type_mismatch', {
      zh: `${what.zh}是${KIND_NAMES[got].zh}，这里需要${KIND_NAMES[want].zh}`,
      en: `${what.en} is ${KIND_NAMES[got].en}, but ${KIND_NAMES[want].en} is needed here`,
    });

  const fieldRef = (raw: Obj, path: string): FormField | undefined => {
    const key = raw.field;
    if (typeof key !== 'string') {
      report(path, 'invalid_formula', { zh: '字段引用须给出字段标识', en: 'A field reference needs a field key' });
      return undefined;
    }
    const f = lookup(key);
    if (!f) report(path, 'unknown_field', { zh: `表单中没有字段「${key}」`, en: `The form has no field "${key}"` });
    return f;
  };

  /** Checks `raw` where a value of kind `want` is expected. */
  const visit = (raw: unknown, path: string, want: Kind, depth: number): void => {
    if (depth > MAX_FORMULA_DEPTH) {
      report(path, 'too_deep', { zh: `公式嵌套超过 ${MAX_FORMULA_DEPTH} 层`, en: `The formula is nested more than ${MAX_FORMULA_DEPTH} levels deep` });
      return;
    }
    if (!isObj(raw)) {
      report(path, 'invalid_formula', { zh: '公式的每一部分都须是对象', en: 'Every part of a formula must be an object' });
      return;
    }
    if (!('op' in raw)) {
      if ('field' in raw) {
        const f = fieldRef(raw, path);
        if (raw.ifEmpty !== undefined && !(typeof raw.ifEmpty === 'number' && Number.isFinite(raw.ifEmpty))) {
          report(at(path, 'ifEmpty'), 'invalid_formula', { zh: '空值替代须为数字', en: 'ifEmpty must be a number' });
        }
        if (f) {
          const k = kindOfField(f);
          if (k !== want) mismatch(path, quoted(f), k, want);
        }
        return;
      }
      if ('value' in raw) {
        const v = raw.value;
        const show = showJson(v);
        const k: Kind | 'other' = typeof v === 'number' && Number.isFinite(v) ? 'number' : typeof v === 'string' && DATE.test(v) ? 'date' : 'other';
        if (k !== want) mismatch(path, { zh: show, en: show }, k, want);
        return;
      }
      report(path, 'invalid_formula', { zh: '公式须为数值、字段引用或运算', en: 'A formula must be a value, a field reference or an operation' });
      return;
    }
    const op = raw.op;
    const expectNumber = () => {
      if (want !== 'number') mismatch(path, { zh: `运算「${showValue(op)}」`, en: `"${showValue(op)}"` }, 'number', want);
    };
    switch (op) {
      case 'add': case 'sub': case 'mul': case 'div':
        expectNumber();
        visit(raw.left, at(path, 'left'), 'number', depth + 1);
        visit(raw.right, at(path, 'right'), 'number', depth + 1);
        return;
      case 'round': {
        expectNumber();
        const p = raw.precision;
        if (!(typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= MAX_PRECISION)) {
          report(at(path, 'precision'), 'invalid_precision', {
            zh: `保留位数须为 0 到 ${MAX_PRECISION} 的整数`,
            en: `precision must be a whole number from 0 to ${MAX_PRECISION}`,
          });
        }
        visit(raw.value, at(path, 'value'), 'number', depth + 1);
        return;
      }
      case 'sum': {
        expectNumber();
        const table = typeof raw.table === 'string' ? top.get(raw.table) : undefined;
        if (!table || table.type !== 'table') {
          report(at(path, 'table'), table ? 'not_a_table' : 'unknown_field', table
            ? { zh: `${quoted(table).zh}不是明细表`, en: `${quoted(table).en} is not a table` }
            : { zh: `表单中没有明细表「${showValue(raw.table)}」`, en: `The form has no table "${showValue(raw.table)}"` });
          return;
        }
        const column = (table.columns ?? []).find((c) => c.key === raw.column);
        if (!column) {
          report(at(path, 'column'), 'unknown_column', {
            zh: `${quoted(table).zh}没有列「${showValue(raw.column)}」`,
            en: `${quoted(table).en} has no column "${showValue(raw.column)}"`,
          });
          return;
        }
        const k = kindOfField(column);
        if (k !== 'number') mismatch(at(path, 'column'), quoted(column), k, 'number');
        return;
      }
      case 'daysBetween': {
        expectNumber();
        if (raw.inclusive !== undefined && typeof raw.inclusive !== 'boolean') {
          report(at(path, 'inclusive'), 'invalid_formula', { zh: 'inclusive 须为 true 或 false', en: 'inclusive must be true or false' });
        }
        if ('range' in raw) {
          const r = raw.range;
          if (!isObj(r) || !('field' in r)) {
            report(at(path, 'range'), 'invalid_formula', { zh: '区间须为日期区间字段', en: 'range must name a date-range field' });
            return;
          }
          const f = fieldRef(r, at(path, 'range'));
          if (f && f.type !== 'dateRange') mismatch(at(path, 'range'), quoted(f), kindOfField(f), 'range');
          return;
        }
        visit(raw.from, at(path, 'from'), 'date', depth + 1);
        visit(raw.to, at(path, 'to'), 'date', depth + 1);
        return;
      }
      case 'if': {
        const fields = [...(scope.row ?? []), ...scope.fields.filter((f) => !row.has(f.key))];
        for (const p of checkCondition(raw.condition as never, scope.ranks ? { fields, ranks: scope.ranks } : { fields })) {
          out.push({ path: at(at(path, 'condition'), p.path), code: 'invalid_condition', message: p.message });
        }
        visit(raw.then, at(path, 'then'), want, depth + 1);
        visit(raw.else, at(path, 'else'), want, depth + 1);
        return;
      }
      default:
        report(at(path, 'op'), 'invalid_formula', { zh: `未知的运算「${showValue(op)}」`, en: `Unknown operation "${showValue(op)}"` });
    }
  };

  visit(formula, '', 'number', 0);
  return out;
}

/** Field keys a formula reads (conditions inside `if` included), each once, in order of first appearance; `sum` reads its table. */
export function formulaFieldsReferenced(formula: Formula): string[] {
  const found = new Set<string>();
  walkFormula(formula, (ref) => found.add(ref.kind === 'column' ? ref.table : ref.key));
  return [...found];
}

export type FormulaRef = { kind: 'field'; key: string } | { kind: 'column'; table: string; column: string };

/** Calls `visit` for every field a formula reads; total on malformed input. */
export function walkFormula(formula: unknown, visit: (ref: FormulaRef) => void): void {
  const conditionFields = (c: unknown, depth: number): void => {
    if (!isObj(c) || depth > MAX_FORMULA_DEPTH) return;
    for (const side of [c.left, c.right, c.operand]) {
      if (isObj(side) && typeof side.field === 'string') visit({ kind: 'field', key: side.field });
    }
    if (Array.isArray(c.conditions)) for (const x of c.conditions as unknown[]) conditionFields(x, depth + 1);
    conditionFields(c.condition, depth + 1);
  };
  const go = (raw: unknown, depth: number): void => {
    if (!isObj(raw) || depth > MAX_FORMULA_DEPTH) return;
    if (!('op' in raw)) {
      if (typeof raw.field === 'string') visit({ kind: 'field', key: raw.field });
      return;
    }
    switch (raw.op) {
      case 'sum':
        if (typeof raw.table === 'string' && typeof raw.column === 'string') visit({ kind: 'column', table: raw.table, column: raw.column });
        return;
      case 'daysBetween':
        if (isObj(raw.range) && typeof raw.range.field === 'string') visit({ kind: 'field', key: raw.range.field });
        go(raw.from, depth + 1);
        go(raw.to, depth + 1);
        return;
      case 'if':
        conditionFields(raw.condition, depth + 1);
        go(raw.then, depth + 1);
        go(raw.else, depth + 1);
        return;
      case 'round':
        go(raw.value, depth + 1);
        return;
      default:
        go(raw.left, depth + 1);
        go(raw.right, depth + 1);
    }
  };
  go(formula, 0);
}
