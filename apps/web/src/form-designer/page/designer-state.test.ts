import { describe, expect, it } from 'vitest';
import type { FormModel } from '@signoff/schema';
import {
  designerReducer,
  initialDesignerState,
  type DesignerAction,
  type DesignerState,
} from './designer-state';

const form: FormModel = {
  modelVersion: 1,
  key: 'leave',
  title: { zh: '请假', en: 'Leave' },
  fields: [
    { key: 'reason', type: 'text', label: { zh: '事由', en: 'Reason' } },
    { key: 'days', type: 'number', label: { zh: '天数', en: 'Days' } },
  ],
};

const run = (state: DesignerState, ...actions: DesignerAction[]) => actions.reduce(designerReducer, state);
const labelEdit = (zh: string): DesignerAction => ({
  type: 'command',
  command: { type: 'changeField', field: 'days', fieldType: 'number', patch: { label: { zh, en: 'Days' } } },
  coalesce: 'days/label/1',
});

describe('designerReducer', () => {
  it('selects a field added from the palette, with a pinyin key', () => {
    const s = run(initialDesignerState(form), {
      type: 'command',
      command: { type: 'addField', fieldType: 'number', label: { zh: '请假天数', en: 'Days off' } },
    });
    expect(s.selected).toBe('qingjiatianshu');
    expect(s.history.model.fields.map((f) => f.key)).toEqual(['reason', 'days', 'qingjiatianshu']);
  });

  it('undoes a burst of typing in one step and redoes it', () => {
    const start = initialDesignerState(form);
    const typed = run(start, labelEdit('请'), labelEdit('请假'), labelEdit('请假天数'));
    expect(typed.history.undoCount).toBe(1);
    const undone = run(typed, { type: 'undo' });
    expect(undone.history.model).toBe(form);
    const redone = run(undone, { type: 'redo' });
    expect(redone.history.model.fields[1]?.label.zh).toBe('请假天数');
  });

  it('undoes and redoes a move, keeping the model objects', () => {
    const moved = run(initialDesignerState(form), {
      type: 'command',
      command: { type: 'moveField', field: 'days', to: { index: 0 } },
    });
    expect(moved.history.model.fields.map((f) => f.key)).toEqual(['days', 'reason']);
    const back = run(moved, { type: 'undo' });
    expect(back.history.model).toBe(form);
    expect(run(back, { type: 'redo' }).history.model).toBe(moved.history.model);
  });

  it('follows the selected field through a rename and moves to a neighbour when the field is removed', () => {
    const s = run(
      initialDesignerState(form),
      { type: 'select', field: 'days' },
      {
        type: 'command',
        command: { type: 'changeField', field: 'days', fieldType: 'number', patch: { key: 'leaveDays' } },
      },
    );
    expect(s.selected).toBe('leaveDays');
    const removed = run(s, { type: 'command', command: { type: 'removeField', field: 'leaveDays' } });
    expect(removed.selected).toBe('reason');
  });

  it('keeps the model on a refused command and reports why', () => {
    const start = initialDesignerState(form);
    const s = run(start, {
      type: 'command',
      command: { type: 'changeField', field: 'days', fieldType: 'number', patch: { key: 'reason' } },
    });
    expect(s.history.model).toBe(form);
    expect(s.history.last.kind).toBe('refused');
  });

  it('does nothing on undo with nothing to undo', () => {
    const start = initialDesignerState(form);
    expect(run(start, { type: 'undo' })).toBe(start);
  });
});
