import type { FieldType, Localized } from './form-model.js';

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
  | 'nested_table';

export interface ModelProblem {
  /** where in the model, e.g. `fields[2].options[1].value` */
  path: string;
  code: ModelProblemCode;
  message: Localized;
  /** the key of the field concerned, when there is one */
  field?: string;
}

const FIELD_TYPES: ReadonlySet<string> = new Set<FieldType>([
  'text', 'textarea', 'number', 'money', 'date', 'dateRange', 'time', 'select', 'multiSelect', 'radio',
  'checkbox', 'user', 'department', 'attachment', 'image', 'table', 'computed', 'description', 'serialNumber', 'signature',
]);
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
        zh: `${name.zh} 的类型「${String(raw.type)}」不存在`,
        en: `${name.en} has an unknown type "${String(raw.type)}"`,
      }, key);
      return;
    }
    checkFieldSettings(raw, raw.type, path, name, key, problems, inTable);
  });
}

function checkFieldSettings(
  f: Obj, type: string, path: string, name: Localized, key: string | undefined, problems: Problems, inTable: boolean,
): void {
  for (const prop of ['min', 'max', 'minLength', 'maxLength'] as const) {
    const v = f[prop];
    const ok = v === undefined || (typeof v === 'number' && Number.isFinite(v) && (prop.endsWith('Length') ? Number.isInteger(v) && v >= 0 : true));
    if (!ok) {
      problems.add(`${path}.${prop}`, 'invalid_number', {
        zh: `${name.zh} 的 ${prop} 不是有效的数字`,
        en: `${name.en}: ${prop} is not a valid number`,
      }, key);
    }
  }
  for (const [lo, hi] of [['min', 'max'], ['minLength', 'maxLength']] as const) {
    const a = f[lo];
    const b = f[hi];
    if (typeof a === 'number' && typeof b === 'number' && a > b) {
      problems.add(`${path}.${lo}`, 'min_greater_than_max', {
        zh: `${name.zh} 的最小值 ${a} 大于最大值 ${b}`,
        en: `${name.en}: the minimum ${a} is greater than the maximum ${b}`,
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
  if (OPTION_TYPES.has(type)) checkOptions(f.options, path, name, key, problems);
  if (type === 'table') {
    if (inTable) {
      problems.add(`${path}.type`, 'nested_table', { zh: `${name.zh}：明细表中不能再放明细表`, en: `${name.en}: a table cannot hold another table` }, key);
    } else if (!Array.isArray(f.columns) || f.columns.length === 0) {
      problems.add(`${path}.columns`, 'missing_columns', { zh: `${name.zh} 至少需要一列`, en: `${name.en} needs at least one column` }, key);
    } else {
      checkFields(f.columns as unknown[], `${path}.columns`, problems, true);
    }
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
