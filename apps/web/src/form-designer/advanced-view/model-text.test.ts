import { describe, expect, it } from 'vitest';
import type { FormModel } from '@signoff/schema';
import { i18n } from '../../i18n/i18n';
import './advanced-view.i18n';
import { checkModelShape } from './model-shape';
import { modelText, pointerToPath, readModelText } from './model-text';
import { problemText } from './problem-text';

const model: FormModel = {
  modelVersion: 1,
  key: 'leave',
  title: { zh: '请假', en: 'Leave' },
  fields: [
    { key: 'days', type: 'number', label: { zh: '天数', en: 'Days' }, min: 0 },
    {
      key: 'kind',
      type: 'select',
      label: { zh: '类型', en: 'Kind' },
      options: [{ value: 'a', label: { zh: '甲', en: 'A' } }],
    },
  ],
};
const read = (text: string) => readModelText(text, checkModelShape);
const problemsOf = (text: string) => {
  const r = read(text);
  return r.ok ? [] : r.problems;
};

describe("reading the JSON view's text", () => {
  it('gives the model back for valid text', () => {
    expect(read(modelText(model))).toEqual({ ok: true, model });
    expect(modelText(model).split('\n')[1]).toBe('  "modelVersion": 1,');
  });

  it('puts a syntax error at its line and column, in both languages', () => {
    const text = modelText(model).replace('"min": 0', '"min": 0,');
    const [p] = problemsOf(text);
    // at the comma itself, which ends line 16
    expect(p).toMatchObject({ code: 'syntax.trailingComma', line: 16, column: 15 });
    expect(problemText(p!, i18n.getFixedT('zh')).what).toBe('最后一项后面多了一个逗号');
    expect(problemText(p!, i18n.getFixedT('en')).where).toMatch(/^line 16, column 15$/);
  });

  it('puts a misspelt property at its name, with the path the problems list uses', () => {
    const text = modelText(model).replace('"min": 0', '"mni": 0');
    const problems = problemsOf(text);
    expect(problems).toEqual([
      { code: 'unknownProperty', line: 16, column: 7, path: 'fields[0].mni', values: { name: 'mni' } },
    ]);
    expect(problemText(problems[0]!, i18n.getFixedT('zh')).what).toBe(
      '这里没有属性「mni」（拼写错误，或此类型的字段没有它）',
    );
  });

  it('refuses an unknown type, a wrong value type and a missing label, each once', () => {
    const wrong = structuredClone(model) as unknown as { fields: Record<string, unknown>[] };
    wrong.fields[0]!.type = 'numbr';
    wrong.fields[1]!.label = { zh: '类型' };
    (wrong.fields[1]!.options as Record<string, unknown>[])[0]!.value = 3;
    const problems = problemsOf(JSON.stringify(wrong, null, 2));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['notOneOf', 'fields[0].type'],
      ['missingProperty', 'fields[1].label'],
      ['wrongType', 'fields[1].options[0].value'],
    ]);
    expect(problemText(problems[2]!, i18n.getFixedT('en')).what).toBe('The value must be text');
  });

  it('leaves what only the whole model can tell to validateModel: a duplicate key is read', () => {
    const dup = { ...model, fields: [model.fields[0]!, { ...model.fields[0]! }] };
    expect(read(JSON.stringify(dup)).ok).toBe(true);
  });

  it('refuses empty text and text that is not an object', () => {
    expect(problemsOf('  ')[0]?.code).toBe('empty');
    expect(problemsOf('[]')[0]).toMatchObject({
      code: 'wrongType',
      line: 1,
      column: 1,
      values: { type: 'object' },
    });
  });

  it('writes pointers as paths', () => {
    expect(pointerToPath('/fields/2/label/zh')).toBe('fields[2].label.zh');
    expect(pointerToPath('')).toBe('');
    expect(pointerToPath('/a~1b/c~0')).toBe('a/b.c~');
  });
});
