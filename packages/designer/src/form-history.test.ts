import { validateModel } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, dispatch, redo, undo, type FormHistory } from './form-history.js';
import { NO_CHANGES } from './form-changes.js';
import { at, leaveForm } from './test/fixtures.js';

const typeLabel = (h: FormHistory, zh: string, coalesce?: string) =>
  dispatch(
    h,
    { type: 'changeField', field: 'days', fieldType: 'number', patch: { label: { zh, en: 'Days' } } },
    coalesce === undefined ? {} : { coalesce },
  );

describe('form history', () => {
  it('starts with the model, its problems and nothing to undo', () => {
    const model = leaveForm();
    const h = createHistory(model);
    expect(h.model).toBe(model);
    expect(h.problems).toEqual([]);
    expect(h.last.kind).toBe('created');
    expect([canUndo(h), canRedo(h), h.undoCount, h.redoCount]).toEqual([false, false, 0, 0]);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('undo gives back the earlier model object itself; redo the later one', () => {
    const model = leaveForm();
    const h1 = dispatch(createHistory(model), { type: 'addField', fieldType: 'money' });
    const h2 = dispatch(h1, { type: 'moveField', field: 'field_1', to: { index: 0 } });
    const back = undo(undo(h2));
    expect(back.model).toBe(model);
    expect(canUndo(back)).toBe(false);
    expect(back.redoCount).toBe(2);
    const again = redo(redo(back));
    expect(again.model).toBe(h2.model);
    expect(canRedo(again)).toBe(false);
  });

  it('tells the UI what undo and redo changed and what to select', () => {
    const h1 = dispatch(createHistory(leaveForm()), {
      type: 'addField',
      fieldType: 'money',
      at: { index: 2 },
    });
    expect(h1.last).toMatchObject({ kind: 'changed', select: 'field_1', changed: { added: ['field_1'] } });
    const u = undo(h1);
    expect(u.last).toMatchObject({
      kind: 'undone',
      select: null,
      changed: { removed: ['field_1'], added: [] },
    });
    expect(redo(u).last).toMatchObject({
      kind: 'redone',
      select: 'field_1',
      changed: { added: ['field_1'] },
    });
    const removed = undo(dispatch(createHistory(leaveForm()), { type: 'removeField', field: 'kind' }));
    expect(removed.last).toMatchObject({ kind: 'undone', select: 'kind', changed: { added: ['kind'] } });
    const moved = undo(
      dispatch(createHistory(leaveForm()), { type: 'moveField', field: 'days', to: { table: 'items' } }),
    );
    expect(moved.last).toMatchObject({
      select: 'days',
      changed: { moved: [{ from: 'items.days', to: 'days' }] },
    });
  });

  it('a refused command keeps model and stacks, and says why', () => {
    const h1 = dispatch(createHistory(leaveForm()), { type: 'addField', fieldType: 'text' });
    const h2 = dispatch(h1, { type: 'removeField', field: 'nope' });
    expect(h2.model).toBe(h1.model);
    expect(h2.undoCount).toBe(1);
    expect(h2.last).toMatchObject({ kind: 'refused', problem: { code: 'unknown_field' } });
    expect(undo(h2).model).toBe(undo(h1).model);
  });

  it('a command that changes nothing is not an undo step', () => {
    const h = dispatch(createHistory(leaveForm()), { type: 'moveField', field: 'kind', to: { index: 1 } });
    expect(h.last.kind).toBe('unchanged');
    expect(canUndo(h)).toBe(false);
  });

  it('a new command after undo drops what could have been redone', () => {
    const h1 = dispatch(createHistory(leaveForm()), { type: 'addField', fieldType: 'text' });
    const h2 = dispatch(undo(h1), { type: 'addField', fieldType: 'number' });
    expect(canRedo(h2)).toBe(false);
    expect(h2.model.fields.at(-1)?.type).toBe('number');
    // the earlier history is untouched: persistent, not mutated
    expect(canRedo(undo(h1))).toBe(true);
  });

  it('one undo takes back a burst of typing that shares a coalescing key', () => {
    const model = leaveForm();
    let h = createHistory(model);
    for (const zh of ['请', '请假', '请假天', '请假天数啊']) h = typeLabel(h, zh, 'days/label/1');
    expect(h.undoCount).toBe(1);
    expect(at(h.model, 'days')?.label.zh).toBe('请假天数啊');
    expect(h.last.changed.updated).toEqual(['days']);
    expect(undo(h).model).toBe(model);
    expect(redo(undo(h)).model).toBe(h.model);
  });

  it('a burst ends at another key, another command, or an undo', () => {
    let h = createHistory(leaveForm());
    h = typeLabel(h, 'a', 'burst1');
    h = typeLabel(h, 'ab', 'burst2');
    expect(h.undoCount).toBe(2);
    h = dispatch(h, { type: 'addField', fieldType: 'text' });
    h = typeLabel(h, 'abc', 'burst2');
    expect(h.undoCount).toBe(4);
    h = typeLabel(undo(h), 'abcd', 'burst2');
    expect(h.undoCount).toBe(4);
    // without a key nothing joins
    expect(typeLabel(typeLabel(createHistory(leaveForm()), 'x'), 'y').undoCount).toBe(2);
  });

  it('only edits in place join a burst', () => {
    let h = createHistory(leaveForm());
    h = typeLabel(h, 'a', 'k');
    h = dispatch(h, { type: 'addField', fieldType: 'text' }, { coalesce: 'k' });
    expect(h.undoCount).toBe(2);
  });

  it('typing a new key in one burst is one rename, undone with its references', () => {
    const model = leaveForm();
    let h = createHistory(model);
    for (const key of ['d', 'dd', 'ddd']) {
      const field = h.model.fields[0]?.key ?? '';
      h = dispatch(
        h,
        { type: 'changeField', field, fieldType: 'number', patch: { key } },
        { coalesce: 'key' },
      );
    }
    expect(h.undoCount).toBe(1);
    expect(at(h.model, 'reason')?.visibleWhen).toMatchObject({ left: { field: 'ddd' } });
    const u = undo(h);
    expect(u.model).toBe(model);
    expect(u.last).toMatchObject({ select: 'days', changed: { renamed: [{ from: 'ddd', to: 'days' }] } });
    expect(u.last.changed.updated).toEqual(expect.arrayContaining(['days', 'reason']));
  });

  it('problems follow every step and are those of validateModel', () => {
    const h = dispatch(createHistory(leaveForm()), { type: 'removeField', field: 'days' });
    expect(h.problems).toEqual(validateModel(h.model));
    expect(h.problems.map((p) => [p.field, p.code])).toEqual([['reason', 'invalid_visibility']]);
    // worked out once per model
    expect(h.problems).toBe(h.problems);
    expect(undo(h).problems).toEqual([]);
  });

  it('keeps at most `limit` steps', () => {
    let h = createHistory(leaveForm(), { limit: 3 });
    for (let i = 0; i < 5; i++) h = dispatch(h, { type: 'addField', fieldType: 'text' });
    expect(h.undoCount).toBe(3);
    for (let i = 0; i < 5; i++) h = undo(h);
    expect(h.model.fields).toHaveLength(10);
  });

  it('uses the key generator it was created with', () => {
    const h = dispatch(createHistory(leaveForm(), { keyFromLabel: () => 'shuzi' }), {
      type: 'addField',
      fieldType: 'number',
    });
    expect(h.last).toMatchObject({ select: 'shuzi' });
  });

  it('a history it did not make starts over from that model', () => {
    const model = leaveForm();
    // e.g. one kept in a store as plain data
    const copy: FormHistory = {
      model,
      problems: [],
      last: { kind: 'created', changed: NO_CHANGES },
      undoCount: 3,
      redoCount: 0,
    };
    expect(dispatch(copy, { type: 'addField', fieldType: 'text' }).undoCount).toBe(1);
    expect(canUndo(copy)).toBe(false);
  });
});
