import { describe, expect, it } from 'vitest';
import { expenseForm, formOf, label, leaveForm, options } from './test-fixtures.js';
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

  it('accepts the expense form with its rules and formulas', () => {
    expect(validateModel(expenseForm())).toEqual([]);
  });

  it('catches min > max for dates, choices and rows, and impossible choice counts', () => {
    const p = problemsOf([
      { key: 'd', type: 'date', label: label('日期', 'Date'), minDate: '2026-12-01', maxDate: '2026-01-01' },
      { key: 'm', type: 'multiSelect', label: label('多选', 'Many'), options: options('a', 'b'), minSelected: 2, maxSelected: 1 },
      { key: 'c', type: 'checkbox', label: label('勾选', 'Ticks'), options: options('a'), minSelected: 3 },
      { key: 't', type: 'table', label: label('明细', 'Items'), minRows: 5, maxRows: 2, columns: [{ key: 'x', type: 'text', label: label('甲', 'X') }] },
    ]);
    expect(p.map((x) => [x.path, x.code])).toEqual([
      ['fields[0].minDate', 'min_greater_than_max'],
      ['fields[1].minSelected', 'min_greater_than_max'],
      ['fields[2].minSelected', 'min_greater_than_max'],
      ['fields[3].minRows', 'min_greater_than_max'],
    ]);
    expect(p[3]?.message).toEqual({
      zh: '「明细」(t) 的最少行数 5 大于最多行数 2',
      en: '"Items" (t): the minimum number of rows 5 is greater than the maximum number of rows 2',
    });
  });

  it('checks per-type settings: dates, counts, currency, accepted types, sum columns', () => {
    const p = problemsOf([
      { key: 'd', type: 'date', label: label('日期', 'Date'), minDate: '2026-02-30' },
      { key: 'f', type: 'attachment', label: label('附件', 'Files'), maxCount: -1, maxSizeBytes: 1.5, accept: ['pdf'] },
      { key: 'm', type: 'money', label: label('金额', 'Amount'), currency: 'rmb' },
      {
        key: 't',
        type: 'table',
        label: label('明细', 'Items'),
        sumColumns: ['x', 'nope'],
        columns: [{ key: 'x', type: 'text', label: label('甲', 'X') }],
      },
    ]);
    expect(p.map((x) => [x.path, x.code])).toEqual([
      ['fields[0].minDate', 'invalid_date'],
      ['fields[1].maxCount', 'invalid_number'],
      ['fields[1].maxSizeBytes', 'invalid_number'],
      ['fields[1].accept', 'invalid_accept'],
      ['fields[2].currency', 'invalid_currency'],
      ['fields[3].sumColumns[0]', 'invalid_sum_column'],
      ['fields[3].sumColumns[1]', 'invalid_sum_column'],
    ]);
  });

  it('refuses a visibility rule naming a missing field, naming the field that carries it', () => {
    const p = problemsOf([
      { key: 'a', type: 'text', label: label('甲', 'A'), visibleWhen: { op: 'eq', left: { field: 'ghost' }, right: { value: 'x' } } },
    ]);
    expect(p).toEqual([
      {
        path: 'fields[0].visibleWhen.left',
        code: 'invalid_visibility',
        field: 'a',
        message: { zh: '「甲」(a) 的显示条件：表单中没有字段「ghost」', en: '"A" (a), visibility rule: The form has no field "ghost"' },
      },
    ]);
    expect(problemsOf([
      { key: 'n', type: 'number', label: label('数', 'N') },
      { key: 'a', type: 'text', label: label('甲', 'A'), visibleWhen: { op: 'eq', left: { field: 'n' }, right: { value: 'x' } } },
    ])).toMatchObject([{ path: 'fields[1].visibleWhen.right', code: 'invalid_visibility' }]);
  });

  it('refuses a visibility rule on a table column', () => {
    expect(problemsOf([
      { key: 't', type: 'table', label: label('明细', 'Items'), columns: [{ key: 'x', type: 'text', label: label('甲', 'X'), visibleWhen: { op: 'empty', operand: { field: 'x' } } }] },
    ])).toMatchObject([{ path: 'fields[0].columns[0].visibleWhen', code: 'invalid_visibility' }]);
  });

  it('refuses a computed field without a formula, or with one naming a missing field or a text', () => {
    const p = problemsOf([
      { key: 'note', type: 'text', label: label('备注', 'Note') },
      { key: 'a', type: 'computed', label: label('甲', 'A') },
      { key: 'b', type: 'computed', label: label('乙', 'B'), formula: { op: 'add', left: { field: 'ghost' }, right: { field: 'note' } } },
    ]);
    expect(p).toEqual([
      { path: 'fields[1].formula', code: 'missing_formula', field: 'a', message: { zh: '「甲」(a) 缺少计算公式', en: '"A" (a) needs a formula' } },
      {
        path: 'fields[2].formula.left',
        code: 'invalid_formula',
        field: 'b',
        message: { zh: '「乙」(b) 的公式：表单中没有字段「ghost」', en: '"B" (b), formula: The form has no field "ghost"' },
      },
      {
        path: 'fields[2].formula.right',
        code: 'invalid_formula',
        field: 'b',
        message: { zh: '「乙」(b) 的公式：「备注」是非数字，这里需要数字', en: '"B" (b), formula: "Note" is not a number, but a number is needed here' },
      },
    ]);
  });

  it('checks formulas of table columns against the row', () => {
    const p = problemsOf([
      {
        key: 't',
        type: 'table',
        label: label('明细', 'Items'),
        columns: [
          { key: 'q', type: 'number', label: label('数量', 'Qty') },
          { key: 's', type: 'computed', label: label('小计', 'Subtotal'), formula: { op: 'mul', left: { field: 'q' }, right: { field: 'p' } } },
        ],
      },
    ]);
    expect(p).toMatchObject([{ path: 'fields[0].columns[1].formula.right', code: 'invalid_formula', field: 't.s', message: { en: '"Items" (t), column "Subtotal" (s), formula: The form has no field "p"' } }]);
  });

  it('refuses a cycle among computed fields, naming the loop', () => {
    const p = problemsOf([
      { key: 'a', type: 'computed', label: label('甲', 'A'), formula: { op: 'add', left: { field: 'b' }, right: { value: 1 } } },
      { key: 'b', type: 'computed', label: label('乙', 'B'), formula: { op: 'mul', left: { field: 'c' }, right: { value: 2 } } },
      { key: 'c', type: 'computed', label: label('丙', 'C'), formula: { field: 'a' } },
      { key: 'self', type: 'computed', label: label('自身', 'Self'), formula: { field: 'self' } },
    ]);
    expect(p).toEqual([
      {
        path: 'fields[0]',
        code: 'cycle',
        field: 'a',
        message: { zh: '「甲」(a) 的公式或显示条件循环引用：a → b → c → a', en: '"A" (a): formulas or visibility rules depend on each other in a loop: a → b → c → a' },
      },
      {
        path: 'fields[3]',
        code: 'cycle',
        field: 'self',
        message: { zh: '「自身」(self) 的公式或显示条件循环引用：self → self', en: '"Self" (self): formulas or visibility rules depend on each other in a loop: self → self' },
      },
    ]);
  });

  it('refuses a cycle through a visibility rule and a table sum', () => {
    const p = problemsOf([
      {
        key: 't',
        type: 'table',
        label: label('明细', 'Items'),
        visibleWhen: { op: 'gt', left: { field: 'total' }, right: { value: 0 } },
        columns: [{ key: 'x', type: 'number', label: label('甲', 'X') }],
      },
      { key: 'total', type: 'computed', label: label('合计', 'Total'), formula: { op: 'sum', table: 't', column: 'x' } },
    ]);
    expect(p.map((x) => x.code)).toEqual(['cycle']);
    expect(p[0]?.message.en).toContain('t → total → t');
  });

  it('accepts formulas that chain without a loop, in any order', () => {
    expect(problemsOf([
      { key: 'c', type: 'computed', label: label('丙', 'C'), formula: { op: 'add', left: { field: 'b' }, right: { field: 'a' } } },
      { key: 'b', type: 'computed', label: label('乙', 'B'), formula: { op: 'mul', left: { field: 'a' }, right: { value: 2 } } },
      { key: 'a', type: 'number', label: label('甲', 'A') },
    ])).toEqual([]);
  });
});
