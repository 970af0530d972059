import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply-command.js';
import { ok, refusedCode } from './test/expect-ok.js';
import { at, leaveForm } from './test/fixtures.js';

/** What the JSON view hands over: parsed text, every object new. */
const reparsed = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('replaceModel (the JSON view)', () => {
  it('keeps the objects of fields the text did not change', () => {
    const model = leaveForm();
    const text = reparsed(model);
    text.fields[1] = { ...text.fields[1]!, required: false };
    const r = ok(applyCommand(model, { type: 'replaceModel', model: text }));
    expect(r.changed).toMatchObject({ updated: ['kind'], added: [], removed: [], form: false });
    r.model.fields.forEach((f, i) =>
      i === 1 ? expect(f).not.toBe(model.fields[1]) : expect(f).toBe(model.fields[i]),
    );
  });

  it('the same text again changes nothing', () => {
    const model = leaveForm();
    expect(ok(applyCommand(model, { type: 'replaceModel', model: reparsed(model) })).model).toBe(model);
  });

  it('names fields added, removed and columns changed, and the form title', () => {
    const model = leaveForm();
    const text = reparsed(model);
    text.title = { zh: '休假', en: 'Leave' };
    text.fields.splice(1, 1);
    text.fields.push({ key: 'extra', type: 'text', label: { zh: '附加', en: 'Extra' } });
    text.fields[3]!.columns!.splice(0, 1);
    const r = ok(applyCommand(model, { type: 'replaceModel', model: text }));
    expect(r.changed.added).toEqual(['extra']);
    expect([...r.changed.removed].sort()).toEqual(['items.what', 'kind']);
    expect(r.changed.updated).toEqual(['items']);
    expect(r.changed.form).toBe(true);
    // a column left alone is still the same object inside the changed table
    expect(at(r.model, 'items.amount')).toBe(at(model, 'items.amount'));
  });

  it('takes a broken model for the problems list, but not something that is no model at all', () => {
    const model = leaveForm();
    const broken = ok(
      applyCommand(model, {
        type: 'replaceModel',
        model: { ...reparsed(model), fields: [null, { key: 3 }] } as never,
      }),
    );
    expect(broken.model.fields).toEqual([null, { key: 3 }]);
    for (const junk of [null, [], 'x', { fields: 'no' }]) {
      expect(refusedCode(applyCommand(model, { type: 'replaceModel', model: junk as never }))).toBe(
        'invalid_model',
      );
    }
  });
});

describe('changeForm', () => {
  it('changes the title and key; refuses a bad key', () => {
    const model = leaveForm();
    const r = ok(
      applyCommand(model, {
        type: 'changeForm',
        patch: { title: { zh: '休假申请', en: 'Time off' }, key: 'timeOff' },
      }),
    );
    expect(r.model).toMatchObject({ key: 'timeOff', title: { zh: '休假申请', en: 'Time off' } });
    expect(r.model.fields).toBe(model.fields);
    expect(r.changed.form).toBe(true);
    expect(ok(applyCommand(model, { type: 'changeForm', patch: { key: 'leave' } })).model).toBe(model);
    expect(refusedCode(applyCommand(model, { type: 'changeForm', patch: { key: 'my form' } }))).toBe(
      'invalid_key',
    );
    expect(refusedCode(applyCommand(model, { type: 'changeForm', patch: { title: '休假' as never } }))).toBe(
      'invalid_command',
    );
    expect(refusedCode(applyCommand(model, { type: 'changeForm', patch: { fields: [] } as never }))).toBe(
      'invalid_command',
    );
  });
});

describe('applyCommand', () => {
  it('refuses what is not a command', () => {
    const model = leaveForm();
    for (const junk of [null, undefined, 3, 'addField', {}, { type: 'explode' }]) {
      const r = applyCommand(model, junk as never);
      expect(refusedCode(r)).toBe('invalid_command');
      expect(r.model).toBe(model);
    }
  });
});
