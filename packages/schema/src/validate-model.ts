import { checkCondition } from './check-condition.js';
import { checkFormula } from './check-formula.js';
import type { Condition } from './condition.js';
import { dayNumber } from './evaluate-formula.js';
import { FIELD_TYPES as ALL_FIELD_TYPES, type FormField, type Localized } from './form-model.js';
import type { Formula } from './formula.js';
import { buildPlan, planFieldsOfModel } from './form-plan.js';
import { showValue } from './show-value.js';

export type ModelProblemCode =
  | 'not_an_object'
  | 'bad_model_version'
  | 'invalid_key'
  | 'duplicate_key'
  | 'unknown_type'
  | 'missing_label'
  | 'min_greater_than_max'
  | 'invalid_number'
  | 'invalid_precision'
  | 'invalid_width'
  | 'missing_options'
  | 'invalid_option'
  | 'duplicate_option'
  | 'missing_columns'
  | 'nested_table'
  | 'invalid_date'
  | 'invalid_currency'
  | 'invalid_accept'
  | 'invalid_sum_column'
  | 'missing_formula'
  | 'invalid_formula'
  | 'invalid_visibility'
  | 'cycle';

export interface ModelProblem {
  /** where in the model, e.g. `fields[2].options[1].value` */
  path: string;
  code: ModelProblemCode;
  message: Localized;
  /** the key of the field concerned, when there is one */
  field?: string;
}

const FIELD_TYPES: ReadonlySet<string> = new Set<string>(ALL_FIELD_TYPES);
const OPTION_TYPES: ReadonlySet<string> = new Set(['select', 'multiSelect', 'radio', 'checkbox']);
const WIDTHS: ReadonlySet<unknown> = new Set([6, 8, 12, 16, 24]);
const MAX_PRECISION = 10;

/**
 * Keys become JSON property names, TypeScript members (codegen) and condition operands, so they
 * are kept to identifiers; a leading letter also keeps them apart from array indices in error paths.
 */
export const FIELD_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isLocalized = (v: unknown): v is Localized => isObj(v) && nonEmpty(v.zh) && nonEmpty(v.en);

/** How a problem names its field: by label when it has one, always with the key so the designer can find it. */
function nameOf(field: Obj, index: number): Localized {
  const key = typeof field.key === 'string' && field.key !== '' ? field.key : `#${index + 1}`;
  const label = isObj(field.label) ? field.label : {};
  const zh = nonEmpty(label.zh) ? `「${label.zh}」(${key})` : `字段 ${key}`;
  const en = nonEmpty(label.en) ? `"${label.en}" (${key})` : `field ${key}`;
  return { zh, en };
}

class Problems {
  readonly list: ModelProblem[] = [];
  add(path: string, code: ModelProblemCode, message: Localized, field?: string): void {
    this.list.push(field === undefined ? { path, code, message } : { path, code, message, field });
  }
}

/**
 * Checks a model that came from outside (the designer, an imported template) before anything
 * compiles it. Returns every problem found rather than the first, so the designer can mark them all.
 */
export function validateModel(model: unknown): ModelProblem[] {
  const problems = new Problems();
  if (!isObj(model)) {
    problems.add('', 'not_an_object', { zh: '表单定义必须是一个对象', en: 'A form model must be an object' });
    return problems.list;
  }
  if (model.modelVersion !== 1) {
    problems.add('modelVersion', 'bad_model_version', {
      zh: '不支持的表单定义版本（应为 1）',
      en: 'Unsupported form model version (expected 1)',
    });
  }
  if (typeof model.key !== 'string' || !FIELD_KEY_PATTERN.test(model.key)) {
    problems.add('key', 'invalid_key', {
      zh: '表单标识须以字母开头，只含字母、数字和下划线',
      en: 'The form key must start with a letter and hold only letters, digits and underscores',
    });
  }
  if (!isLocalized(model.title)) {
    problems.add('title', 'missing_label', { zh: '表单缺少中文或英文名称', en: 'The form needs a title in Chinese and English' });
  }
  if (!Array.isArray(model.fields)) {
    problems.add('fields', 'not_an_object', { zh: '表单字段必须是数组', en: 'The form fields must be an array' });
    return problems.list;
  }
  checkFields(model.fields as unknown[], 'fields', problems, false);
  checkRulesAndFormulas(model.fields as unknown[], problems);
  return problems.list;
}

function checkFields(fields: unknown[], base: string, problems: Problems, inTable: boolean): void {
  const seen = new Map<string, number>();
  fields.forEach((raw, i) => {
    const path = `${base}[${i}]`;
    if (!isObj(raw)) {
      problems.add(path, 'not_an_object', { zh: `第 ${i + 1} 个字段不是对象`, en: `Field #${i + 1} is not an object` });
      return;
    }
    const name = nameOf(raw, i);
    const key = typeof raw.key === 'string' ? raw.key : undefined;
    if (key === undefined || !FIELD_KEY_PATTERN.test(key)) {
      problems.add(`${path}.key`, 'invalid_key', {
        zh: `${name.zh} 的标识须以字母开头，只含字母、数字和下划线`,
        en: `${name.en}: the key must start with a letter and hold only letters, digits and underscores`,
      }, key);
    } else if (seen.has(key)) {
      problems.add(`${path}.key`, 'duplicate_key', {
        zh: `${name.zh} 的标识与第 ${(seen.get(key) ?? 0) + 1} 个字段重复`,
        en: `${name.en}: the key is already used by field #${(seen.get(key) ?? 0) + 1}`,
      }, key);
    } else {
      seen.set(key, i);
    }
    if (!isLocalized(raw.label)) {
      problems.add(`${path}.label`, 'missing_label', {
        zh: `${name.zh} 缺少中文或英文标题`,
        en: `${name.en} needs a label in Chinese and English`,
      }, key);
    }
    if (typeof raw.type !== 'string' || !FIELD_TYPES.has(raw.type)) {
      problems.add(`${path}.type`, 'unknown_type', {
        zh: `${name.zh} 的类型「${showValue(raw.type)}」不存在`,
        en: `${name.en} has an unknown type "${showValue(raw.type)}"`,
      }, key);
      return;
    }
    checkFieldSettings(raw, raw.type, path, name, key, problems, inTable);
  });
}

const COUNTS = ['minSelected', 'maxSelected', 'minRows', 'maxRows', 'maxCount', 'maxSizeBytes'] as const;
const RANGES = [
  ['min', 'max', { zh: '最小值', en: 'minimum' }, { zh: '最大值', en: 'maximum' }],
  ['minLength', 'maxLength', { zh: '最少字数', en: 'minimum length' }, { zh: '最多字数', en: 'maximum length' }],
  ['minSelected', 'maxSelected', { zh: '最少选择数', en: 'minimum number of choices' }, { zh: '最多选择数', en: 'maximum number of choices' }],
  ['minRows', 'maxRows', { zh: '最少行数', en: 'minimum number of rows' }, { zh: '最多行数', en: 'maximum number of rows' }],
  ['minDate', 'maxDate', { zh: '最早日期', en: 'earliest date' }, { zh: '最晚日期', en: 'latest date' }],
] as const;
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/([a-z0-9][a-z0-9!#$&^_.+-]*|\*)$/i;
const CURRENCY = /^[A-Z]{3}$/;
const NUMBER_TYPES: ReadonlySet<unknown> = new Set(['number', 'money', 'computed']);

function checkFieldSettings(
  f: Obj, type: string, path: string, name: Localized, key: string | undefined, problems: Problems, inTable: boolean,
): void {
  for (const prop of ['min', 'max', 'minLength', 'maxLength', ...COUNTS] as const) {
    const v = f[prop];
    const whole = prop !== 'min' && prop !== 'max';
    const ok = v === undefined || (typeof v === 'number' && Number.isFinite(v) && (whole ? Number.isInteger(v) && v >= 0 : true));
    if (!ok) {
      problems.add(`${path}.${prop}`, 'invalid_number', {
        zh: `${name.zh} 的 ${prop} 不是有效的${whole ? '非负整数' : '数字'}`,
        en: `${name.en}: ${prop} is not a valid ${whole ? 'whole number' : 'number'}`,
      }, key);
    }
  }
  for (const prop of ['minDate', 'maxDate'] as const) {
    const v = f[prop];
    if (v !== undefined && dayNumber(v) === null) {
      problems.add(`${path}.${prop}`, 'invalid_date', {
        zh: `${name.zh} 的 ${prop} 不是有效的日期（YYYY-MM-DD）`,
        en: `${name.en}: ${prop} is not a valid date (YYYY-MM-DD)`,
      }, key);
    }
  }
  for (const [lo, hi, loName, hiName] of RANGES) {
    const a = f[lo];
    const b = f[hi];
    const comparable = (typeof a === 'number' && typeof b === 'number') || (dayNumber(a) !== null && dayNumber(b) !== null);
    if (comparable && (a as number | string) > (b as number | string)) {
      problems.add(`${path}.${lo}`, 'min_greater_than_max', {
        zh: `${name.zh} 的${loName.zh} ${showValue(a)} 大于${hiName.zh} ${showValue(b)}`,
        en: `${name.en}: the ${loName.en} ${showValue(a)} is greater than the ${hiName.en} ${showValue(b)}`,
      }, key);
    }
  }
  const p = f.precision;
  if (p !== undefined && !(typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= MAX_PRECISION)) {
    problems.add(`${path}.precision`, 'invalid_precision', {
      zh: `${name.zh} 的小数位数须为 0 到 ${MAX_PRECISION} 的整数`,
      en: `${name.en}: precision must be a whole number from 0 to ${MAX_PRECISION}`,
    }, key);
  }
  if (f.width !== undefined && !WIDTHS.has(f.width)) {
    problems.add(`${path}.width`, 'invalid_width', {
      zh: `${name.zh} 的宽度须为 6、8、12、16 或 24`,
      en: `${name.en}: width must be 6, 8, 12, 16 or 24`,
    }, key);
  }
  if (f.currency !== undefined && !(typeof f.currency === 'string' && CURRENCY.test(f.currency))) {
    problems.add(`${path}.currency`, 'invalid_currency', {
      zh: `${name.zh} 的币种须为三个大写字母的代码，如 CNY`,
      en: `${name.en}: the currency must be a three-letter code such as CNY`,
    }, key);
  }
  if (f.accept !== undefined && !(Array.isArray(f.accept) && f.accept.length > 0 && f.accept.every((m) => typeof m === 'string' && MIME.test(m)))) {
    problems.add(`${path}.accept`, 'invalid_accept', {
      zh: `${name.zh} 的文件类型须为 MIME 类型列表，如 application/pdf、image/*`,
      en: `${name.en}: accepted types must be a list of MIME types such as application/pdf or image/*`,
    }, key);
  }
  if (f.visibleWhen !== undefined && inTable) {
    problems.add(`${path}.visibleWhen`, 'invalid_visibility', {
      zh: `${name.zh}：明细表的列不能设置显示条件`,
      en: `${name.en}: a table column cannot have a visibility rule`,
    }, key);
  }
  if (OPTION_TYPES.has(type)) {
    checkOptions(f.options, path, name, key, problems);
    const count = Array.isArray(f.options) ? f.options.length : 0;
    if (typeof f.minSelected === 'number' && count > 0 && f.minSelected > count) {
      problems.add(`${path}.minSelected`, 'min_greater_than_max', {
        zh: `${name.zh} 的最少选择数 ${f.minSelected} 多于选项数 ${count}`,
        en: `${name.en}: the minimum number of choices ${f.minSelected} is more than the ${count} options`,
      }, key);
    }
  }
  if (type === 'computed' && f.formula === undefined) {
    problems.add(`${path}.formula`, 'missing_formula', { zh: `${name.zh} 缺少计算公式`, en: `${name.en} needs a formula` }, key);
  }
  if (type === 'table') {
    if (inTable) {
      problems.add(`${path}.type`, 'nested_table', { zh: `${name.zh}：明细表中不能再放明细表`, en: `${name.en}: a table cannot hold another table` }, key);
    } else if (!Array.isArray(f.columns) || f.columns.length === 0) {
      problems.add(`${path}.columns`, 'missing_columns', { zh: `${name.zh} 至少需要一列`, en: `${name.en} needs at least one column` }, key);
    } else {
      checkFields(f.columns as unknown[], `${path}.columns`, problems, true);
      checkSumColumns(f, path, name, key, problems);
    }
  }
}

function checkSumColumns(f: Obj, path: string, name: Localized, key: string | undefined, problems: Problems): void {
  if (f.sumColumns === undefined) return;
  if (!Array.isArray(f.sumColumns)) {
    problems.add(`${path}.sumColumns`, 'invalid_sum_column', { zh: `${name.zh} 的合计列须为列标识的列表`, en: `${name.en}: sumColumns must be a list of column keys` }, key);
    return;
  }
  const columns = (f.columns as unknown[]).filter(isObj);
  (f.sumColumns as unknown[]).forEach((c, i) => {
    const column = columns.find((x) => x.key === c);
    if (column && NUMBER_TYPES.has(column.type)) return;
    problems.add(`${path}.sumColumns[${i}]`, 'invalid_sum_column', column
      ? { zh: `${name.zh} 的列「${showValue(c)}」不是数字，不能合计`, en: `${name.en}: the column "${showValue(c)}" is not a number and cannot be totalled` }
      : { zh: `${name.zh} 没有列「${showValue(c)}」，不能合计`, en: `${name.en} has no column "${showValue(c)}" to total` }, key);
  });
}

/** A field as the condition and formula checkers can read it, or undefined when it is too broken to name. */
function sane(raw: unknown, withColumns: boolean): FormField | undefined {
  if (!isObj(raw) || typeof raw.key !== 'string' || typeof raw.type !== 'string' || !FIELD_TYPES.has(raw.type)) return undefined;
  const f = { ...raw } as unknown as FormField;
  f.label = isLocalized(raw.label) ? raw.label : { zh: raw.key, en: raw.key };
  f.options = Array.isArray(raw.options)
    ? (raw.options as unknown[]).filter((o): o is Obj => isObj(o) && typeof o.value === 'string').map((o) => ({ value: o.value as string, label: { zh: String(o.value), en: String(o.value) } }))
    : [];
  f.columns = withColumns && Array.isArray(raw.columns) ? (raw.columns as unknown[]).map((c) => sane(c, false)).filter((c): c is FormField => c !== undefined) : [];
  return f;
}

/** Checks what reads other fields: visibility rules and formulas name fields that exist and fit, and nothing depends on itself. */
function checkRulesAndFormulas(rawFields: unknown[], problems: Problems): void {
  const fields = rawFields.map((f) => sane(f, true));
  const known = fields.filter((f): f is FormField => f !== undefined);
  const sub = (base: string, p: string) => (p === '' ? base : `${base}.${p}`);
  fields.forEach((f, i) => {
    if (!f) return;
    const raw = rawFields[i] as Obj;
    const name = nameOf(raw, i);
    if (raw.visibleWhen !== undefined) {
      for (const p of checkCondition(raw.visibleWhen as Condition, { fields: known })) {
        problems.add(sub(`fields[${i}].visibleWhen`, p.path), 'invalid_visibility', {
          zh: `${name.zh} 的显示条件：${p.message.zh}`,
          en: `${name.en}, visibility rule: ${p.message.en}`,
        }, f.key);
      }
    }
    if (f.type === 'computed' && raw.formula !== undefined) {
      for (const p of checkFormula(raw.formula as Formula, { fields: known })) {
        problems.add(sub(`fields[${i}].formula`, p.path), 'invalid_formula', {
          zh: `${name.zh} 的公式：${p.message.zh}`,
          en: `${name.en}, formula: ${p.message.en}`,
        }, f.key);
      }
    }
    if (f.type === 'table' && Array.isArray(raw.columns)) {
      (raw.columns as unknown[]).forEach((c, j) => {
        const col = sane(c, false);
        if (!col || col.type !== 'computed' || !isObj(c) || c.formula === undefined) return;
        const colName = nameOf(c, j);
        for (const p of checkFormula(c.formula as Formula, { fields: known, row: f.columns ?? [] })) {
          problems.add(sub(`fields[${i}].columns[${j}].formula`, p.path), 'invalid_formula', {
            zh: `${name.zh} 的列 ${colName.zh} 的公式：${p.message.zh}`,
            en: `${name.en}, column ${colName.en}, formula: ${p.message.en}`,
          }, `${f.key}.${col.key}`);
        }
      });
    }
  });
  reportCycles(rawFields, known, problems);
}

function reportCycles(rawFields: unknown[], known: FormField[], problems: Problems): void {
  const indexOf = new Map<string, number>();
  rawFields.forEach((f, i) => {
    if (isObj(f) && typeof f.key === 'string' && !indexOf.has(f.key)) indexOf.set(f.key, i);
  });
  const unique = known.filter((f, i) => known.findIndex((g) => g.key === f.key) === i);
  const reported = new Set<string>();
  for (const cycle of buildPlan(planFieldsOfModel(unique)).cycles) {
    const first = cycle[0] ?? '';
    const signature = [...new Set(cycle)].sort().join(',');
    if (reported.has(signature)) continue;
    reported.add(signature);
    const topKey = first.split('.')[0] ?? first;
    const i = indexOf.get(topKey) ?? 0;
    const name = nameOf(rawFields[i] as Obj, i);
    const loop = cycle.join(' → ');
    problems.add(`fields[${i}]`, 'cycle', {
      zh: `${name.zh} 的公式或显示条件循环引用：${loop}`,
      en: `${name.en}: formulas or visibility rules depend on each other in a loop: ${loop}`,
    }, first);
  }
}

function checkOptions(options: unknown, path: string, name: Localized, key: string | undefined, problems: Problems): void {
  if (!Array.isArray(options) || options.length === 0) {
    problems.add(`${path}.options`, 'missing_options', { zh: `${name.zh} 至少需要一个选项`, en: `${name.en} needs at least one option` }, key);
    return;
  }
  const values = new Set<string>();
  (options as unknown[]).forEach((o, j) => {
    const at = `${path}.options[${j}]`;
    if (!isObj(o) || !nonEmpty(o.value)) {
      problems.add(`${at}.value`, 'invalid_option', { zh: `${name.zh} 的第 ${j + 1} 个选项没有值`, en: `${name.en}: option #${j + 1} has no value` }, key);
      return;
    }
    if (values.has(o.value)) {
      problems.add(`${at}.value`, 'duplicate_option', {
        zh: `${name.zh} 的选项「${o.value}」重复`,
        en: `${name.en}: the option "${o.value}" appears twice`,
      }, key);
    }
    values.add(o.value);
    if (!isLocalized(o.label)) {
      problems.add(`${at}.label`, 'missing_label', {
        zh: `${name.zh} 的选项「${o.value}」缺少中文或英文名称`,
        en: `${name.en}: the option "${o.value}" needs a label in Chinese and English`,
      }, key);
    }
  });
}
