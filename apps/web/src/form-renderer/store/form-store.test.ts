import { validateSubmission } from '@signoff/schema';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { formWith, testForm } from '../test-form';
import { createFormStore } from './form-store';
import { loadValidatorFactory } from './validator-loader';

beforeAll(async () => {
  await loadValidatorFactory();
});

const L = (zh: string, en: string) => ({ zh, en });
const store = (extra: Partial<Parameters<typeof createFormStore>[0]> = {}) => createFormStore({ ...testForm, ...extra });

describe('createFormStore: values', () => {
  it('sends what was typed, trimmed, without blanks, hidden or display-only fields', () => {
    const s = store();
    s.set('reason', '  家中有事 ');
    s.set('title', '');
    s.set('type', 'personal');
    s.set('days', 3);
    s.set('start', '2026-05-04');
    // the computed total of an empty table is 0, as the server computes it
    expect(s.values()).toEqual({ reason: '家中有事', type: 'personal', days: 3, start: '2026-05-04', total: 0 });
  });

  it('starts from the schema defaults, or from the initial values instead of them', () => {
    const { model, schema, uiSchema } = formWith([{ key: 'kind', type: 'text', label: L('类型', 'Kind'), default: '差旅' }]);
    expect(createFormStore({ model, schema, uiSchema }).get('kind')).toBe('差旅');
    // a draft where the person cleared the default keeps it cleared
    expect(createFormStore({ model, schema, uiSchema, initial: {} }).get('kind')).toBeUndefined();
  });

  it('drops a field hidden by its rule and keeps what was typed in it for when it shows again', () => {
    const s = store();
    s.set('type', 'sick');
    s.set('doctor', '人民医院');
    expect(s.values().doctor).toBe('人民医院');
    s.set('type', 'personal');
    expect(s.field('doctor').visible).toBe(false);
    expect(s.values()).not.toHaveProperty('doctor');
    s.set('type', 'sick');
    expect(s.field('doctor').visible).toBe(true);
    expect(s.get('doctor')).toBe('人民医院');
  });

  it('recomputes table columns and totals as the server does', () => {
    const s = store();
    s.set('items', [{ what: '打印纸', qty: 2, unit: 10.1 }, { what: '笔', qty: 3, unit: 0.1 }]);
    expect(s.get('items')).toEqual([
      { what: '打印纸', qty: 2, unit: 10.1, amount: 20.2 },
      { what: '笔', qty: 3, unit: 0.1, amount: 0.3 },
    ]);
    expect(s.get('total')).toBe(20.5);
    const sent = s.values();
    expect(sent.total).toBe(20.5);
    // the server computes the same from what the browser sends
    const server = validateSubmission(testForm.schema, { ...sent, reason: 'x', type: 'personal', start: '2026-01-01' });
    expect(server.ok && server.data.total).toBe(20.5);
  });

  it('keeps unchanged rows as the same objects, so their rows do not re-render', () => {
    const s = store();
    const first = { what: 'a', qty: 1, unit: 1 };
    const second = { what: 'b', qty: 1, unit: 2 };
    s.set('items', [first, second]);
    const [a1, b1] = s.get('items') as object[];
    s.set('items', [a1, { ...(b1 as object), qty: 5 }]);
    const [a2, b2] = s.get('items') as Record<string, unknown>[];
    expect(a2).toBe(a1);
    expect(b2?.amount).toBe(10);
  });
});

describe('createFormStore: subscriptions', () => {
  it('tells only the changed field and the fields computed from or shown by it', () => {
    const s = store();
    const heard = { reason: vi.fn(), title: vi.fn(), type: vi.fn(), doctor: vi.fn(), total: vi.fn(), items: vi.fn() };
    for (const [key, fn] of Object.entries(heard)) s.subscribe(key, fn);
    s.set('reason', '有事');
    expect(heard.reason).toHaveBeenCalledTimes(1);
    expect(heard.title).not.toHaveBeenCalled();
    expect(heard.doctor).not.toHaveBeenCalled();
    s.set('type', 'sick');
    expect(heard.type).toHaveBeenCalledTimes(1);
    expect(heard.doctor).toHaveBeenCalledTimes(1);
    expect(heard.reason).toHaveBeenCalledTimes(1);
    s.set('items', [{ what: 'x', qty: 2, unit: 3 }]);
    expect(heard.items).toHaveBeenCalledTimes(1);
    expect(heard.total).toHaveBeenCalledTimes(1);
    expect(heard.title).not.toHaveBeenCalled();
  });

  it('hands the same snapshot back until something about the field changes', () => {
    const s = store();
    const before = s.field('title');
    s.set('reason', 'x');
    expect(s.field('title')).toBe(before);
    s.set('title', 'y');
    expect(s.field('title')).not.toBe(before);
  });

  it('reports every change to drafts, and nothing when a value is set to itself', () => {
    const s = store();
    const any = vi.fn();
    s.onAnyChange(any);
    s.set('title', 'a');
    s.set('title', 'a');
    expect(any).toHaveBeenCalledTimes(1);
    expect(any).toHaveBeenCalledWith('title');
  });
});

describe('createFormStore: validation', () => {
  it('puts the schema core messages on their fields and table cells, in both languages', () => {
    const s = store();
    s.set('days', 400);
    s.set('items', [{ qty: 0 }]);
    const { ok, errors } = s.validate();
    expect(ok).toBe(false);
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['reason', 'type', 'start', 'days', 'items[0].what', 'items[0].qty']));
    expect(s.field('days').error).toEqual({ zh: '「请假天数」不能大于 365', en: '"Days" must be at most 365' });
    expect(s.field('items').cellErrors?.['0.what']?.zh).toContain('第 1 行');
    expect(s.field('items').cellErrors?.['0.qty']?.en).toContain('at least 1');
    // the number was not changed to fit
    expect(s.get('days')).toBe(400);
    expect(s.firstErrorKey()).toBe('reason');
  });

  it('checks one field on blur and clears its error as soon as it is corrected', () => {
    const s = store();
    s.set('days', 0.25);
    s.validateField('days');
    expect(s.field('days').error?.zh).toBe('「请假天数」不能小于 0.5');
    expect(s.field('reason').error).toBeUndefined();
    s.set('days', 2);
    expect(s.field('days').error).toBeUndefined();
  });

  it('requires a field shown by a rule only while it is shown', () => {
    const s = store();
    s.set('type', 'sick');
    expect(s.validate().errors.map((e) => e.path)).toContain('doctor');
    s.set('type', 'personal');
    expect(s.validate().errors.map((e) => e.path)).not.toContain('doctor');
  });

  it('shows server errors on their fields and cells and hands back the rest', () => {
    const s = store();
    s.set('items', [{ what: 'a' }]);
    const leftover = s.applyServerErrors([
      { path: 'reason', message: L('请假事由不能为空', 'Reason is required') },
      { path: 'items[0].qty', message: L('数量有误', 'Bad quantity') },
      { path: '', message: L('表单有误', 'The form is wrong') },
      { path: 'secret', message: L('隐藏', 'Hidden') },
      { path: 'unknown', message: L('多余字段', 'Extra field') },
    ]);
    expect(s.field('reason').error?.zh).toBe('请假事由不能为空');
    expect(s.field('items').cellErrors?.['0.qty']?.en).toBe('Bad quantity');
    expect(leftover.map((l) => l.path)).toEqual(['', 'secret', 'unknown']);
  });
});

describe('createFormStore: what is missing', () => {
  it('counts required fields left empty, required cells included, in display order', () => {
    const s = store();
    expect(s.summary().missing).toEqual(['reason', 'type', 'start']);
    const before = s.summary();
    s.set('title', 'x');
    // nothing about what is missing changed: the same object, so the submit button does not re-render
    expect(s.summary()).toBe(before);
    s.set('reason', '有事');
    s.set('type', 'sick');
    expect(s.summary().missing).toEqual(['doctor', 'start']);
    s.set('items', [{ qty: 1 }]);
    expect(s.summary().missing).toEqual(['doctor', 'start', 'items']);
  });
});

describe('createFormStore: step permissions', () => {
  const access = { reason: 'read', days: 'edit', type: 'read', start: 'read', amount: 'hidden' } as const;
  const initial = { reason: '家中有事', days: 3, type: 'personal', start: '2026-05-04', amount: 12 };

  it('marks read fields read-only, leaves hidden ones out, and sends only the changed editable fields', () => {
    const s = store({ access, initial });
    expect(s.field('reason').access).toBe('read');
    expect(s.field('amount').visible).toBe(false);
    expect(s.field('title').access).toBe('read'); // not named by the step: read, never edit
    expect(s.changedEditable()).toEqual({});
    s.set('days', 4);
    expect(s.changedEditable()).toEqual({ days: 4 });
    expect(s.values()).not.toHaveProperty('amount');
    expect(s.summary().missing).toEqual([]);
  });

  it('does not hold an approver up with errors on fields the step hides from them', () => {
    const s = store({ access: { ...access, reason: 'hidden' }, initial: { ...initial, reason: undefined } });
    expect(s.validate()).toEqual({ ok: true, errors: [], leftover: [] });
  });
});
