import type { FormModel } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { canUndo, createHistory, dispatch, undo } from './index.js';

// the README's example, with a stand-in for the web designer's pinyin
const PINYIN: Record<string, string> = { 请假天数: 'qingjiatianshu', 事由: 'shiyou' };
const pinyin = (zh: string) => PINYIN[zh] ?? '';
const leaveForm: FormModel = {
  modelVersion: 1,
  key: 'leave',
  title: { zh: '请假', en: 'Leave' },
  fields: [
    {
      key: 'items',
      type: 'table',
      label: { zh: '明细', en: 'Items' },
      columns: [{ key: 'what', type: 'text', label: { zh: '项目', en: 'Item' } }],
    },
  ],
};

describe('README example', () => {
  it('runs as written', () => {
    let h = createHistory(leaveForm, { keyFromLabel: (label) => pinyin(label.zh) });
    h = dispatch(h, {
      type: 'addField',
      fieldType: 'number',
      label: { zh: '请假天数', en: 'Days' },
      at: { index: 0 },
    });
    expect(h.last).toMatchObject({
      kind: 'changed',
      select: 'qingjiatianshu',
      changed: { added: ['qingjiatianshu'] },
    });
    h = dispatch(h, {
      type: 'changeField',
      field: 'qingjiatianshu',
      fieldType: 'number',
      patch: { min: 0.5, required: true },
    });
    h = dispatch(h, { type: 'addField', fieldType: 'textarea', label: { zh: '事由', en: 'Reason' } });
    h = dispatch(h, {
      type: 'changeField',
      field: 'shiyou',
      fieldType: 'textarea',
      patch: { visibleWhen: { op: 'gte', left: { field: 'qingjiatianshu' }, right: { value: 3 } } },
    });
    h = dispatch(h, {
      type: 'changeField',
      field: 'qingjiatianshu',
      fieldType: 'number',
      patch: { key: 'days' },
    });
    expect(h.model.fields.find((f) => f.key === 'shiyou')?.visibleWhen).toMatchObject({
      left: { field: 'days' },
    });
    expect(h.last.changed.renamed).toEqual([{ from: 'qingjiatianshu', to: 'days' }]);
    expect(h.problems).toEqual([]);
    h = dispatch(h, { type: 'moveField', field: 'shiyou', to: { table: 'items' } });
    expect(h.last).toMatchObject({ kind: 'refused', problem: { code: 'rule_in_table' } });
    if (h.last.kind === 'refused') expect(h.last.problem.message.zh).toMatch(/^明细表的列不能设置显示条件，/);
    h = dispatch(h, { type: 'removeField', field: 'days' });
    expect(h.problems.map((p) => [p.field, p.code])).toEqual([['shiyou', 'invalid_visibility']]);
    expect(h.problems[0]?.message.zh).toMatch(/^「事由」\(shiyou\) 的显示条件：/);
    while (canUndo(h)) h = undo(h);
    expect(h.model).toBe(leaveForm);
  });
});
