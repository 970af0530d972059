import type { Localized } from './form-model.js';
import type { JsonSchema } from './json-schema.js';
import { TIME_PATTERN, stepOfPrecision } from './field-schema.js';

/** What ajv tells us about one failure, reduced to what a message needs. */
export interface FailureFacts {
  keyword: string;
  params: Record<string, unknown>;
  /** the value's name, quoted: 「请假天数」, or for a table cell 「明细」第 4 行「金额」 */
  name: Localized;
  /** whether the failing schema belongs to a required field, to read "at least 1" as "required" */
  required: boolean;
  /** the schema of the failing value, for units, accepted types and what a list holds */
  schema?: JsonSchema | undefined;
}

const TYPE_NAMES: Record<string, Localized> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是或否', en: 'yes or no' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '对象', en: 'an object' },
  null: { zh: '空值', en: 'empty' },
};

const FORMAT_NAMES: Record<string, Localized> = {
  date: { zh: '日期（YYYY-MM-DD）', en: 'date (YYYY-MM-DD)' },
  time: { zh: '时间', en: 'time' },
  'date-time': { zh: '日期时间', en: 'date and time' },
  email: { zh: '邮箱地址', en: 'e-mail address' },
  uri: { zh: '网址', en: 'URL' },
};

const num = (v: unknown): string => String(v);

/** Bytes as a person reads a limit: 10485760 → 10 MB. */
export function formatBytes(n: number): string {
  if (n >= 1048576 && n % 1048576 === 0) return `${n / 1048576} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} B`;
}

const limitOf = (params: Record<string, unknown>, schema: JsonSchema | undefined): string =>
  schema?.['x-unit'] === 'bytes' && typeof params.limit === 'number' ? formatBytes(params.limit) : num(params.limit);

/** What the entries of a list are called in "at least N …". */
function entries(schema: JsonSchema | undefined, n: unknown): Localized {
  const type = schema?.['x-type'];
  const plural = n === 1 ? '' : 's';
  if (type === 'table') return { zh: '行', en: `row${plural}` };
  if (type === 'attachment' || type === 'image') return { zh: '个文件', en: `file${plural}` };
  if (type === 'multiSelect' || type === 'checkbox') return { zh: '项', en: `choice${plural}` };
  return { zh: '项', en: `item${plural}` };
}

/** Decimal places a `multipleOf` step stands for (0.01 -> 2), or undefined when it is not a power of ten. */
function decimalsOf(step: number): number | undefined {
  for (let p = 0; p <= 10; p++) if (stepOfPrecision(p) === step) return p;
  return undefined;
}

function required(n: Localized): Localized {
  return { zh: `${n.zh}为必填项`, en: `${n.en} is required` };
}

/**
 * The sentence a person sees for one failure, in both languages. Keywords the compiler never
 * emits still get a generic sentence rather than ajv's English, so nothing reaches the user untranslated.
 */
export function fieldErrorMessage({ keyword, params, name: n, required: isRequired, schema }: FailureFacts): Localized {
  switch (keyword) {
    case 'required':
      return required(n);
    case 'minimum':
      return { zh: `${n.zh}不能小于 ${limitOf(params, schema)}`, en: `${n.en} must be at least ${limitOf(params, schema)}` };
    case 'maximum':
      return { zh: `${n.zh}不能大于 ${limitOf(params, schema)}`, en: `${n.en} must be at most ${limitOf(params, schema)}` };
    case 'exclusiveMinimum':
      return { zh: `${n.zh}必须大于 ${num(params.limit)}`, en: `${n.en} must be greater than ${num(params.limit)}` };
    case 'exclusiveMaximum':
      return { zh: `${n.zh}必须小于 ${num(params.limit)}`, en: `${n.en} must be less than ${num(params.limit)}` };
    case 'multipleOf': {
      const step = typeof params.multipleOf === 'number' ? params.multipleOf : NaN;
      const places = decimalsOf(step);
      if (places === 0) return { zh: `${n.zh}必须是整数`, en: `${n.en} must be a whole number` };
      if (places !== undefined) {
        return { zh: `${n.zh}最多保留 ${places} 位小数`, en: `${n.en} may have at most ${places} decimal place${places === 1 ? '' : 's'}` };
      }
      return { zh: `${n.zh}必须是 ${num(step)} 的倍数`, en: `${n.en} must be a multiple of ${num(step)}` };
    }
    case 'minLength':
      if (isRequired && params.limit === 1) return required(n);
      if (params.limit === 1) return { zh: `${n.zh}不能为空`, en: `${n.en} must not be empty` };
      return { zh: `${n.zh}至少需要 ${num(params.limit)} 个字`, en: `${n.en} must be at least ${num(params.limit)} characters long` };
    case 'maxLength':
      return { zh: `${n.zh}不能超过 ${num(params.limit)} 个字`, en: `${n.en} must be at most ${num(params.limit)} characters long` };
    case 'minItems': {
      if (isRequired && params.limit === 1) return required(n);
      const e = entries(schema, params.limit);
      return { zh: `${n.zh}至少需要 ${num(params.limit)} ${e.zh}`, en: `${n.en} needs at least ${num(params.limit)} ${e.en}` };
    }
    case 'maxItems': {
      const e = entries(schema, params.limit);
      return { zh: `${n.zh}最多 ${num(params.limit)} ${e.zh}`, en: `${n.en} allows at most ${num(params.limit)} ${e.en}` };
    }
    case 'formatMinimum':
      return { zh: `${n.zh}不能早于 ${num(params.limit)}`, en: `${n.en} must not be before ${num(params.limit)}` };
    case 'formatMaximum':
      return { zh: `${n.zh}不能晚于 ${num(params.limit)}`, en: `${n.en} must not be after ${num(params.limit)}` };
    case 'x-orderedRange':
      return { zh: `${n.zh}的开始不能晚于结束`, en: `${n.en} must not start after it ends` };
    case 'uniqueItems':
      return { zh: `${n.zh}有重复的项`, en: `${n.en} lists the same item twice` };
    case 'enum':
    case 'const':
      return { zh: `${n.zh}的值不在可选项中`, en: `${n.en} is not one of the options` };
    case 'type': {
      const t = TYPE_NAMES[String(params.type)] ?? { zh: String(params.type), en: String(params.type) };
      return { zh: `${n.zh}应为${t.zh}`, en: `${n.en} must be ${t.en}` };
    }
    case 'format': {
      const f = FORMAT_NAMES[String(params.format)] ?? { zh: String(params.format), en: String(params.format) };
      return { zh: `${n.zh}不是有效的${f.zh}`, en: `${n.en} must be a valid ${f.en}` };
    }
    case 'pattern':
      if (schema?.['x-accept']) {
        const list = schema['x-accept'];
        return { zh: `${n.zh}须为 ${list.join('、')}`, en: `${n.en} must be one of ${list.join(', ')}` };
      }
      if (params.pattern === TIME_PATTERN) return { zh: `${n.zh}不是有效的时间（HH:mm）`, en: `${n.en} must be a valid time (HH:mm)` };
      return { zh: `${n.zh}的格式不正确`, en: `${n.en} is not in the expected format` };
    case 'additionalProperties':
      return { zh: `${n.zh}不是此表单的字段`, en: `${n.en} is not a field of this form` };
    default:
      return { zh: `${n.zh}的值无效`, en: `${n.en} is not valid` };
  }
}
