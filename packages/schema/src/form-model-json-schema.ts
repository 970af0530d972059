/**
 * A JSON Schema (2020-12) of the `FormModel` itself — not of a form's data, which `compileForm`
 * gives. The designer's JSON view hands it to its editor for completion, hover texts and errors,
 * and checks an edit against it before the edit reaches the model.
 *
 * It says what each value *is*: the field types, the properties each type may have (as in the
 * property panel, plus options, columns and formula), their JSON types and formats, and the shape of
 * rules and formulas. What needs the whole model — unique keys, min ≤ max, a rule that names a
 * field that exists, a formula without a cycle, a non-empty label — stays with `validateModel`, so a
 * half-finished form (a cleared label, a rule on a deleted field) is still a model the designer
 * can hold and the problems list can point at.
 */
import { FIELD_TYPES, type FieldType, type Locale, type Localized } from './form-model.js';
import { JSON_SCHEMA_DIALECT, type JsonSchemaType } from './json-schema.js';
import { FIELD_KEY_PATTERN } from './validate-model.js';

/** The keywords this schema uses; open-ended on purpose, unlike the closed `JsonSchema` forms compile to. */
export interface ModelJsonSchema {
  $schema?: string;
  $ref?: string;
  $defs?: Record<string, ModelJsonSchema>;
  title?: string;
  description?: string;
  type?: JsonSchemaType;
  properties?: Record<string, ModelJsonSchema | boolean>;
  required?: string[];
  additionalProperties?: boolean;
  minProperties?: number;
  maxProperties?: number;
  items?: ModelJsonSchema;
  prefixItems?: ModelJsonSchema[];
  minItems?: number;
  maxItems?: number;
  enum?: (string | number)[];
  const?: string | number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  allOf?: ModelJsonSchema[];
  anyOf?: ModelJsonSchema[];
  if?: ModelJsonSchema;
  then?: ModelJsonSchema;
  else?: ModelJsonSchema;
}

type S = ModelJsonSchema;
const L = (zh: string, en: string): Localized => ({ zh, en });
const ref = (name: string): S => ({ $ref: `#/$defs/${name}` });
const MAX_PRECISION = 10;
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

/** What hovering a property explains, in both languages. */
const TEXT = {
  model: L('Signoff 表单定义：表单标识、名称和字段列表', 'A Signoff form model: the form key, its title and its fields'),
  modelVersion: L('表单定义的格式版本，目前总是 1', 'The format version of the model; always 1 for now'),
  formKey: L('表单标识：字母开头，只含字母、数字和下划线', 'The form key: a letter first, then letters, digits and underscores'),
  title: L('表单名称，中文和英文', 'The form title, in Chinese and English'),
  fields: L('表单的字段，按显示顺序', 'The fields of the form, in the order they are shown'),
  localized: L('中文和英文两种文字', 'Text in Chinese and English'),
  zh: L('中文', 'Chinese'),
  en: L('英文', 'English'),
  key: L(
    '字段标识：字母开头，只含字母、数字和下划线；公式、条件和导出用它',
    'The field key: a letter first, then letters, digits and underscores; formulas, rules and exports use it',
  ),
  type: L('字段类型', 'The field type'),
  label: L('字段名称，中文和英文', 'The field label, in Chinese and English'),
  help: L('字段下方的说明文字', 'Help text shown under the field'),
  placeholder: L('输入框里的提示文字', 'Placeholder shown in the empty input'),
  required: L('必填', 'The field must be filled in'),
  readOnly: L('只读：显示但不能修改', 'Read-only: shown but not editable'),
  hidden: L('隐藏：不显示给填写人', 'Hidden from the person filling in the form'),
  width: L('电脑上占一行的几分之几（24 等分）：24 整行，12 半行', 'Share of a row on desktop, in 24ths: 24 a full row, 12 half'),
  visibleWhen: L('显示条件：条件成立时才显示此字段（仅顶层字段）', 'Visibility rule: the field shows only while it holds (top-level fields only)'),
  default: L('默认值', 'The default value'),
  min: L('最小值', 'The smallest value allowed'),
  max: L('最大值', 'The largest value allowed'),
  precision: L(`小数位数（0 到 ${MAX_PRECISION}）`, `Decimal places (0 to ${MAX_PRECISION})`),
  currency: L('币种：ISO 4217 三个大写字母，缺省 CNY', 'Currency: a three-letter ISO 4217 code, CNY when absent'),
  capitals: L('同时显示中文大写金额（人民币默认开启）', 'Also show the amount in Chinese capitals (on by default for CNY)'),
  minLength: L('最少字数', 'The fewest characters allowed'),
  maxLength: L('最多字数', 'The most characters allowed'),
  minDate: L('最早可选的日期，YYYY-MM-DD', 'The earliest day allowed, YYYY-MM-DD'),
  maxDate: L('最晚可选的日期，YYYY-MM-DD', 'The latest day allowed, YYYY-MM-DD'),
  options: L('可选的选项', 'The options to choose from'),
  option: L('一个选项：保存的值和显示的名称', 'One option: the value stored and the label shown'),
  optionValue: L('选项的值，提交的数据里保存它', 'The option value, which the submitted data holds'),
  minSelected: L('最少选几项', 'The fewest options that must be picked'),
  maxSelected: L('最多选几项', 'The most options that may be picked'),
  multiple: L('可选多个（值变为 id 列表）', 'Pick several (the value becomes a list of ids)'),
  maxCount: L('最多文件数', 'The most files allowed'),
  maxSizeBytes: L('单个文件的大小上限（字节）', 'The largest file allowed, in bytes'),
  accept: L('允许的 MIME 类型，如 application/pdf、image/*', 'The MIME types allowed, such as application/pdf or image/*'),
  columns: L('明细每一行的列；列不能是明细，也不能有显示条件', 'The columns of one row; a column is not a table and has no visibility rule'),
  minRows: L('最少行数', 'The fewest rows'),
  maxRows: L('最多行数', 'The most rows'),
  sumColumns: L('在明细下方显示合计的数字列的标识', 'Keys of the number columns whose totals show under the table'),
  formula: L('计算公式：服务器重新计算，忽略提交的值', 'The formula: the server works the value out again and ignores what was sent'),
  condition: L('条件：比较、包含、区间、为空，或用 and / or / not 组合', 'A condition: a comparison, in, between, empty, or and / or / not of conditions'),
  op: L('运算', 'The operation'),
  operand: L('操作数：一个字段 {field}、申请人属性 {applicant} 或一个值 {value}', 'An operand: a field {field}, an applicant attribute {applicant} or a value {value}'),
  operandField: L('字段标识（明细的列写作 明细.列）', 'A field key (a table column as table.column)'),
  applicant: L('申请人的属性：主部门、所有部门、职级、岗位', "The applicant's attribute: main department, all departments, rank, positions"),
  value: L('一个值', 'A value'),
  values: L('可取的值', 'The values to match'),
  conditions: L('要组合的条件', 'The conditions to combine'),
  formulaValue: L('数字，或 daysBetween 需要的日期 YYYY-MM-DD', 'A number, or a date YYYY-MM-DD where daysBetween wants one'),
  formulaField: L('读取的字段标识', 'The key of the field read'),
  ifEmpty: L('字段为空时使用的数字', 'The number used when the field is empty'),
  table: L('明细字段的标识', 'The key of the table field'),
  column: L('要合计的列的标识', 'The key of the column to total'),
  inclusive: L('首尾两天都计入', 'Count both the first and the last day'),
  range: L('日期区间字段', 'A date-range field'),
  roundPrecision: L('四舍五入到几位小数（0 到 10）', 'Decimal places to round to (0 to 10)'),
} satisfies Record<string, Localized>;
type TextKey = keyof typeof TEXT;

/** Each field type's name, for the hover on a field and the list of types. */
const TYPE_TEXT: Record<FieldType, Localized> = {
  text: L('单行文本', 'Text'),
  textarea: L('多行文本', 'Long text'),
  number: L('数字', 'Number'),
  money: L('金额', 'Amount'),
  date: L('日期', 'Date'),
  dateRange: L('日期区间', 'Date range'),
  time: L('时间', 'Time'),
  select: L('下拉单选', 'Dropdown'),
  multiSelect: L('下拉多选', 'Multi-select dropdown'),
  radio: L('单选', 'Single choice'),
  checkbox: L('多选', 'Multiple choice'),
  user: L('联系人', 'Person'),
  department: L('部门', 'Department'),
  attachment: L('附件', 'Attachment'),
  image: L('图片', 'Image'),
  table: L('明细', 'Details'),
  computed: L('计算公式', 'Calculation'),
  description: L('说明文字', 'Description'),
  serialNumber: L('流水号', 'Serial number'),
  signature: L('手写签名', 'Signature'),
};

/** What every field has, what a field someone fills in has on top, and what each type adds — the property panel's lists. */
const BASE = ['key', 'type', 'label', 'help', 'width', 'hidden', 'visibleWhen'] as const;
const INPUT = [...BASE, 'required', 'readOnly'] as const;
type Prop =
  | (typeof INPUT)[number]
  | 'placeholder' | 'default' | 'min' | 'max' | 'precision' | 'currency' | 'capitals' | 'minLength' | 'maxLength'
  | 'minDate' | 'maxDate' | 'options' | 'minSelected' | 'maxSelected' | 'multiple' | 'maxCount' | 'maxSizeBytes'
  | 'accept' | 'columns' | 'minRows' | 'maxRows' | 'sumColumns' | 'formula';

const TYPE_PROPS = {
  text: [...INPUT, 'placeholder', 'default', 'minLength', 'maxLength'],
  textarea: [...INPUT, 'placeholder', 'default', 'minLength', 'maxLength'],
  number: [...INPUT, 'placeholder', 'default', 'min', 'max', 'precision'],
  money: [...INPUT, 'placeholder', 'default', 'min', 'max', 'precision', 'currency', 'capitals'],
  date: [...INPUT, 'placeholder', 'default', 'minDate', 'maxDate'],
  dateRange: [...INPUT, 'placeholder', 'default', 'minDate', 'maxDate'],
  time: [...INPUT, 'placeholder', 'default'],
  select: [...INPUT, 'placeholder', 'default', 'options'],
  radio: [...INPUT, 'default', 'options'],
  multiSelect: [...INPUT, 'placeholder', 'default', 'options', 'minSelected', 'maxSelected'],
  checkbox: [...INPUT, 'default', 'options', 'minSelected', 'maxSelected'],
  user: [...INPUT, 'placeholder', 'multiple'],
  department: [...INPUT, 'placeholder', 'multiple'],
  attachment: [...INPUT, 'maxCount', 'maxSizeBytes', 'accept'],
  image: [...INPUT, 'maxCount', 'maxSizeBytes', 'accept'],
  table: [...INPUT, 'columns', 'minRows', 'maxRows', 'sumColumns'],
  computed: [...BASE, 'formula', 'precision'],
  description: BASE,
  serialNumber: BASE,
  signature: INPUT,
} as const satisfies Record<FieldType, readonly Prop[]>;

/**
 * The properties a field of each type may have in a model: the JSON view refuses any other, and the
 * designer's property panel edits these (all but `type` and `columns`). One list, so the two cannot drift.
 */
export const MODEL_FIELD_PROPERTIES: { readonly [T in FieldType]: (typeof TYPE_PROPS)[T] } = TYPE_PROPS;

const DATE_TYPES: ReadonlySet<FieldType> = new Set(['date']);
const LIST_DEFAULT: ReadonlySet<FieldType> = new Set(['multiSelect', 'checkbox']);
const NUMBER_DEFAULT: ReadonlySet<FieldType> = new Set(['number', 'money']);

/** Builds the schema with its hover texts in one language, or in both (zh first) when none is given. */
export function formModelJsonSchema(locale?: Locale): ModelJsonSchema {
  const say = (t: Localized) => (locale ? t[locale] : `${t.zh}\n\n${t.en}`);
  const d = (key: TextKey, schema: S): S => ({ ...schema, description: say(TEXT[key]) });
  const count = (key: TextKey): S => d(key, { type: 'integer', minimum: 0 });
  const localized = (key: TextKey): S => d(key, ref('localized'));

  const defaultOf = (type: FieldType): S => {
    if (NUMBER_DEFAULT.has(type)) return d('default', { type: 'number' });
    if (LIST_DEFAULT.has(type)) return d('default', { type: 'array', items: { type: 'string' } });
    if (DATE_TYPES.has(type)) return d('default', { type: 'string', pattern: DATE });
    if (type === 'dateRange')
      return d('default', {
        type: 'array',
        prefixItems: [{ type: 'string', pattern: DATE }, { type: 'string', pattern: DATE }],
        minItems: 2,
        maxItems: 2,
      });
    return d('default', { type: 'string' });
  };

  const propSchema = (prop: Prop, type: FieldType, inTable: boolean): S | boolean => {
    switch (prop) {
      case 'key': return d('key', { type: 'string', pattern: FIELD_KEY_PATTERN.source });
      case 'type': return { const: type, description: say(TYPE_TEXT[type]) };
      case 'label': return localized('label');
      case 'help': return localized('help');
      case 'placeholder': return localized('placeholder');
      case 'width': return d('width', { type: 'integer', enum: [6, 8, 12, 16, 24] });
      case 'visibleWhen': return inTable ? false : d('visibleWhen', ref('condition'));
      case 'required': case 'readOnly': case 'hidden': case 'capitals': case 'multiple':
        return d(prop, { type: 'boolean' });
      case 'default': return defaultOf(type);
      case 'min': case 'max': return d(prop, { type: 'number' });
      case 'precision': return d('precision', { type: 'integer', minimum: 0, maximum: MAX_PRECISION });
      case 'currency': return d('currency', { type: 'string', pattern: '^[A-Z]{3}$' });
      case 'minLength': case 'maxLength': case 'minSelected': case 'maxSelected': case 'maxCount':
      case 'maxSizeBytes': case 'minRows': case 'maxRows':
        return count(prop);
      case 'minDate': case 'maxDate': return d(prop, { type: 'string', pattern: DATE });
      case 'options': return d('options', { type: 'array', items: ref('option') });
      case 'accept': return d('accept', { type: 'array', items: { type: 'string' }, minItems: 1 });
      case 'columns': return d('columns', { type: 'array', items: ref('column') });
      case 'sumColumns': return d('sumColumns', { type: 'array', items: { type: 'string' } });
      case 'formula': return d('formula', ref('formula'));
    }
  };

  /** A field: the type picks the one branch that lists what that type may have, so a misspelt property is refused. */
  const field = (inTable: boolean): S => {
    const types = inTable ? FIELD_TYPES.filter((t) => t !== 'table') : FIELD_TYPES;
    return {
      type: 'object',
      required: ['key', 'type', 'label'],
      properties: {
        key: d('key', { type: 'string' }),
        type: {
          ...d('type', { type: 'string', enum: [...types] }),
          description: `${say(TEXT.type)}: ${types.map((t) => `${t} ${say(TYPE_TEXT[t]).replace('\n\n', ' / ')}`).join(', ')}`,
        },
        label: localized('label'),
      },
      allOf: types.map((t) => ({
        if: { properties: { type: { const: t } }, required: ['type'] },
        then: {
          type: 'object',
          description: say(TYPE_TEXT[t]),
          properties: Object.fromEntries(TYPE_PROPS[t].map((p) => [p, propSchema(p, t, inTable)])),
          additionalProperties: false,
        },
      })),
    };
  };

  /** `{ op, … }` nodes: the operation picks the branch that lists its operands. */
  const byOp = (branches: [string[], Record<string, S>, string[]][]): S[] =>
    branches.map(([ops, properties, required]) => ({
      if: { properties: { op: { enum: ops } }, required: ['op'] },
      then: { type: 'object', properties: { op: true, ...properties }, required, additionalProperties: false },
    }));

  const COMPARE = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'];
  const condition: S = {
    ...d('condition', { type: 'object' }),
    required: ['op'],
    properties: {
      op: d('op', { type: 'string', enum: [...COMPARE, 'in', 'notIn', 'between', 'empty', 'notEmpty', 'and', 'or', 'not'] }),
    },
    allOf: byOp([
      [COMPARE, { left: ref('operand'), right: ref('operand') }, ['left', 'right']],
      [['in', 'notIn'], { left: ref('operand'), values: d('values', { type: 'array' }) }, ['left', 'values']],
      [['between'], { left: ref('operand'), min: d('min', {}), max: d('max', {}) }, ['left', 'min', 'max']],
      [['empty', 'notEmpty'], { operand: ref('operand') }, ['operand']],
      [['and', 'or'], { conditions: d('conditions', { type: 'array', items: ref('condition') }) }, ['conditions']],
      [['not'], { condition: ref('condition') }, ['condition']],
    ]),
  };

  const formulaOps: S = {
    type: 'object',
    allOf: [
      ...byOp([
        [['add', 'sub', 'mul', 'div'], { left: ref('formula'), right: ref('formula') }, ['left', 'right']],
        [['sum'], { table: d('table', { type: 'string' }), column: d('column', { type: 'string' }) }, ['table', 'column']],
        [['if'], { condition: ref('condition'), then: ref('formula'), else: ref('formula') }, ['condition', 'then', 'else']],
        [['round'], { value: ref('formula'), precision: d('roundPrecision', { type: 'integer', minimum: 0, maximum: MAX_PRECISION }) }, ['value', 'precision']],
      ]),
      {
        // two shapes: from/to, or the start and end of one date-range field
        if: { properties: { op: { const: 'daysBetween' } }, required: ['op'] },
        then: {
          type: 'object',
          properties: {
            op: true,
            from: ref('formula'),
            to: ref('formula'),
            range: d('range', { type: 'object', properties: { field: d('formulaField', { type: 'string' }) }, required: ['field'], additionalProperties: false }),
            inclusive: d('inclusive', { type: 'boolean' }),
          },
          additionalProperties: false,
          if: { properties: { range: true }, required: ['range'] },
          then: { properties: { from: false, to: false } },
          else: { properties: { from: true, to: true }, required: ['from', 'to'] },
        },
      },
    ],
  };

  const formula: S = {
    type: 'object',
    properties: {
      op: d('op', { type: 'string', enum: ['add', 'sub', 'mul', 'div', 'sum', 'daysBetween', 'if', 'round'] }),
    },
    minProperties: 1,
    if: { properties: { op: true }, required: ['op'] },
    then: formulaOps,
    // a leaf: a literal, or a field (with what to use when it is empty)
    else: {
      type: 'object',
      properties: {
        value: d('formulaValue', { anyOf: [{ type: 'number' }, { type: 'string' }] }),
        field: d('formulaField', { type: 'string' }),
        ifEmpty: d('ifEmpty', { type: 'number' }),
      },
      additionalProperties: false,
      if: { properties: { field: true }, required: ['field'] },
      then: { properties: { value: false } },
      else: { properties: { value: true, ifEmpty: false }, required: ['value'] },
    },
  };

  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Signoff form model',
    ...d('model', { type: 'object' }),
    required: ['modelVersion', 'key', 'title', 'fields'],
    properties: {
      modelVersion: d('modelVersion', { const: 1 }),
      key: d('formKey', { type: 'string', pattern: FIELD_KEY_PATTERN.source }),
      title: localized('title'),
      fields: d('fields', { type: 'array', items: ref('field') }),
    },
    additionalProperties: false,
    $defs: {
      localized: d('localized', {
        type: 'object',
        properties: { zh: d('zh', { type: 'string' }), en: d('en', { type: 'string' }) },
        required: ['zh', 'en'],
        additionalProperties: false,
      }),
      option: d('option', {
        type: 'object',
        properties: { value: d('optionValue', { type: 'string' }), label: localized('label') },
        required: ['value', 'label'],
        additionalProperties: false,
      }),
      field: field(false),
      column: field(true),
      operand: d('operand', {
        type: 'object',
        properties: {
          field: d('operandField', { type: 'string' }),
          applicant: d('applicant', { type: 'string', enum: ['department', 'departments', 'rank', 'positions'] }),
          value: d('value', {}),
        },
        minProperties: 1,
        maxProperties: 1,
        additionalProperties: false,
      }),
      condition,
      formula,
    },
  };
}

/** The schema with both languages in every hover text (zh, then en). */
export const FORM_MODEL_JSON_SCHEMA: ModelJsonSchema = formModelJsonSchema();
