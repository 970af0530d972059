import { describe, expect, it } from 'vitest';
import { formOf, label, leaveForm, options } from './test-fixtures.js';
import { validateModel, type ModelProblem } from './validate-model.js';

const problemsOf = (fields: unknown[]): ModelProblem[] => validateModel({ ...formOf(), fields });

describe('validateModel', () => {
  it('accepts the leave form', () => {
    expect(validateModel(leaveForm())).toEqual([]);
  });

  it('refuses what is not a model at all', () => {
    expect(validateModel(null)).toMatchObject([{ path: '', code: 'not_an_object' }]);
    expect(validateModel({ ...leaveForm(), modelVersion: 2 })).toMatchObject([{ path: 'modelVersion', code: 'bad_model_version' }]);
    expect(validateModel({ ...leaveForm(), fields: 'x' })).toMatchObject([{ path: 'fields', code: 'not_an_object' }]);
    expect(validateModel({ ...leaveForm(), title: { zh: '请假' } })).toMatchObject([{ path: 'title', code: 'missing_label' }]);
  });

  it('catches duplicate keys, naming the field and the one it clashes with', () => {
    const p = problemsOf([
      { key: 'days', type: 'number', label: label('天数', 'Days') },
      { key: 'days', type: 'text', label: label('备注', 'Note') },
    ]);
    expect(p).toEqual([
      {
        path: 'fields[1].key',
        code: 'duplicate_key',
        field: 'days',
        message: { zh: '「备注」(days) 的标识与第 1 个字段重复', en: '"Note" (days): the key is already used by field #1' },
      },
    ]);
  });

  it('catches unknown types', () => {
    expect(problemsOf([{ key: 'x', type: 'slider', label: label('滑块', 'Slider') }])).toEqual([
      { path: 'fields[0].type', code: 'unknown_type', field: 'x', message: { zh: '「滑块」(x) 的类型「slider」不存在', en: '"Slider" (x) has an unknown type "slider"' } },
    ]);
  });

  it.each(['', '1abc', 'a-b', 'a b', '__proto__', 'x'.repeat(65)])('catches the invalid key %j', (key) => {
    expect(problemsOf([{ key, type: 'text', label: label('名', 'Name') }])).toMatchObject([{ path: 'fields[0].key', code: 'invalid_key' }]);
  });

  it('catches min > max and minLength > maxLength', () => {
    const p = problemsOf([
      { key: 'n', type: 'number', label: label('数量', 'Count'), min: 10, max: 1 },
      { key: 't', type: 'text', label: label('名', 'Name'), minLength: 5, maxLength: 2 },
    ]);
    expect(p).toEqual([
      { path: 'fields[0].min', code: 'min_greater_than_max', field: 'n', message: { zh: '「数量」(n) 的最小值 10 大于最大值 1', en: '"Count" (n): the minimum 10 is greater than the maximum 1' } },
      expect.objectContaining({ path: 'fields[1].minLength', code: 'min_greater_than_max', field: 't' }),
    ]);
  });

  it('catches a select without options, and bad or repeated options', () => {
    expect(problemsOf([{ key: 's', type: 'select', label: label('类型', 'Kind') }])).toMatchObject([
      { path: 'fields[0].options', code: 'missing_options', field: 's', message: { zh: '「类型」(s) 至少需要一个选项', en: '"Kind" (s) needs at least one option' } },
    ]);
    expect(problemsOf([{ key: 'r', type: 'radio', label: label('是否', 'Yes'), options: [] }])).toMatchObject([{ code: 'missing_options' }]);
    const p = problemsOf([{ key: 'm', type: 'multiSelect', label: label('多', 'Many'), options: [...options('a', 'a'), { value: '' }, { value: 'b', label: { zh: 'b' } }] }]);
    expect(p.map((x) => [x.path, x.code])).toEqual([
      ['fields[0].options[1].value', 'duplicate_option'],
      ['fields[0].options[2].value', 'invalid_option'],
      ['fields[0].options[3].label', 'missing_label'],
    ]);
  });

  it('catches missing labels, naming the field by key', () => {
    expect(problemsOf([{ key: 'days', type: 'number', label: { zh: '天数', en: ' ' } }])).toEqual([
      { path: 'fields[0].label', code: 'missing_label', field: 'days', message: { zh: '「天数」(days) 缺少中文或英文标题', en: 'field days needs a label in Chinese and English' } },
    ]);
    expect(problemsOf([{ key: 'days', type: 'number' }])).toMatchObject([{ path: 'fields[0].label', code: 'missing_label' }]);
  });

  it('checks precision, width and numbers', () => {
    const p = problemsOf([{ key: 'n', type: 'number', label: label('数', 'N'), precision: 1.5, width: 7, max: Number.NaN }]);
    expect(p.map((x) => x.code).sort()).toEqual(['invalid_number', 'invalid_precision', 'invalid_width']);
  });

  it('checks table columns as fields of their own, and refuses nested tables', () => {
    expect(problemsOf([{ key: 't', type: 'table', label: label('明细', 'Items') }])).toMatchObject([{ path: 'fields[0].columns', code: 'missing_columns' }]);
    const p = problemsOf([
      {
        key: 't',
        type: 'table',
        label: label('明细', 'Items'),
        columns: [
          { key: 'a', type: 'money', label: label('金额', 'Amount') },
          { key: 'a', type: 'text', label: label('说明', 'Note') },
          { key: 'inner', type: 'table', label: label('子表', 'Inner'), columns: [] },
        ],
      },
    ]);
    expect(p.map((x) => [x.path, x.code])).toEqual([
      ['fields[0].columns[1].key', 'duplicate_key'],
      ['fields[0].columns[2].type', 'nested_table'],
    ]);
  });

  it('reports every problem, not just the first', () => {
    const p = problemsOf([
      { key: 'a', type: 'nope', label: label('甲', 'A') },
      { key: 'a', type: 'select', label: label('乙', 'B') },
    ]);
    expect(p.map((x) => x.code)).toEqual(['unknown_type', 'duplicate_key', 'missing_options']);
  });
});
