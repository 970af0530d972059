import type { Localized } from '@signoff/schema';
import { FIELD_TYPE_NAMES, isFieldType } from './field-palette.js';
import { showValue } from './show-value.js';

export type CommandProblemCode =
  | 'invalid_command'
  | 'unknown_field'
  | 'unknown_type'
  | 'wrong_field_type'
  | 'unknown_table'
  | 'not_a_table'
  | 'invalid_place'
  | 'table_in_table'
  | 'serial_number_in_table'
  | 'rule_in_table'
  | 'invalid_key'
  | 'key_taken'
  | 'property_not_allowed'
  | 'invalid_clipboard'
  | 'invalid_model';

/** Why a command was refused. The model stays as it was. */
export interface CommandProblem {
  code: CommandProblemCode;
  message: Localized;
  /** the field the command was about, when there is one */
  field?: string;
}

const problem = (code: CommandProblemCode, message: Localized, field?: string): CommandProblem =>
  field === undefined ? { code, message } : { code, message, field };

/** A type as people call it; a model from JSON may carry a type that does not exist. */
const typeName = (t: unknown): Localized =>
  isFieldType(t) ? FIELD_TYPE_NAMES[t] : { zh: showValue(t), en: showValue(t) };

const quote = (v: unknown): Localized => ({ zh: `「${showValue(v)}」`, en: `"${showValue(v)}"` });

/** Every refusal in one place, so the wording stays consistent. */
export const refuse = {
  invalidCommand: (): CommandProblem =>
    problem('invalid_command', { zh: '无法识别的操作', en: 'This is not a designer command' }),
  unknownField: (path: unknown): CommandProblem =>
    problem(
      'unknown_field',
      { zh: `表单中没有字段${quote(path).zh}`, en: `The form has no field ${quote(path).en}` },
      showValue(path),
    ),
  unknownType: (type: unknown): CommandProblem =>
    problem('unknown_type', {
      zh: `没有${quote(type).zh}这种字段类型`,
      en: `There is no field type ${quote(type).en}`,
    }),
  wrongFieldType: (path: string, actual: unknown, claimed: unknown): CommandProblem => {
    const is = typeName(actual);
    const not = typeName(claimed);
    return problem(
      'wrong_field_type',
      {
        zh: `字段「${path}」是${is.zh}，不是${not.zh}`,
        en: `The field "${path}" is ${is.en}, not ${not.en}`,
      },
      path,
    );
  },
  unknownTable: (table: unknown): CommandProblem =>
    problem('unknown_table', {
      zh: `表单中没有明细表${quote(table).zh}`,
      en: `The form has no table ${quote(table).en}`,
    }),
  notATable: (key: string): CommandProblem =>
    problem('not_a_table', { zh: `字段「${key}」不是明细表`, en: `The field "${key}" is not a table` }, key),
  invalidPlace: (index: unknown): CommandProblem =>
    problem('invalid_place', {
      zh: `位置 ${showValue(index)} 无效，应为从 0 开始的整数`,
      en: `The position ${showValue(index)} is not valid; it must be a whole number from 0`,
    }),
  tableInTable: (field?: string): CommandProblem =>
    problem(
      'table_in_table',
      { zh: '明细表中不能再放明细表', en: 'A table cannot hold another table' },
      field,
    ),
  serialNumberInTable: (field?: string): CommandProblem =>
    problem(
      'serial_number_in_table',
      {
        zh: '流水号每份申请只有一个，不能放进明细表',
        en: 'A request has one serial number, so it cannot be a table column',
      },
      field,
    ),
  ruleInTable: (label: Localized, field?: string): CommandProblem =>
    problem(
      'rule_in_table',
      {
        zh: `明细表的列不能设置显示条件，请先删除「${label.zh}」的显示条件`,
        en: `A table column cannot have a visibility rule; remove the rule of "${label.en}" first`,
      },
      field,
    ),
  invalidKey: (key: unknown, field?: string): CommandProblem =>
    problem(
      'invalid_key',
      {
        zh: `标识${quote(key).zh}无效：须以字母开头，只含字母、数字和下划线，最多 64 个字符`,
        en: `The key ${quote(key).en} is not valid: it must start with a letter and hold only letters, digits and underscores, at most 64`,
      },
      field,
    ),
  keyTaken: (key: string, holder: Localized, field?: string): CommandProblem =>
    problem(
      'key_taken',
      {
        zh: `标识「${key}」已被「${holder.zh}」使用`,
        en: `The key "${key}" is already used by "${holder.en}"`,
      },
      field,
    ),
  propertyNotAllowed: (property: unknown, type: unknown, field: string): CommandProblem =>
    problem(
      'property_not_allowed',
      {
        zh: `${typeName(type).zh}字段没有属性${quote(property).zh}`,
        en: `A field of type ${typeName(type).en} has no property ${quote(property).en}`,
      },
      field,
    ),
  invalidClipboard: (): CommandProblem =>
    problem('invalid_clipboard', {
      zh: '剪贴板中没有可粘贴的字段',
      en: 'The clipboard holds no fields that can be pasted',
    }),
  invalidModel: (): CommandProblem =>
    problem('invalid_model', {
      zh: '这不是表单定义：须为带有 fields 数组的对象',
      en: 'This is not a form model: it must be an object with a fields array',
    }),
};
