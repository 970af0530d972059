import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAppErrorData } from './app-error.js';
import { findInputProblem, MAX_INPUT_DEPTH } from './input-characters.js';
import { createHarness, type Harness } from '../test/api-harness.js';

const errorOf = (e: unknown) => toAppErrorData((e as Error).cause ?? e);

describe('findInputProblem, characters', () => {
  it('names the first field holding a NUL or a lone surrogate, keys included', () => {
    expect(findInputProblem({ a: 'ok', b: { c: ['fine', 'x\u0000y'] } })).toEqual({
      kind: 'characters',
      field: 'b.c.1',
    });
    expect(findInputProblem({ note: 'broken \ud800 here' })).toEqual({ kind: 'characters', field: 'note' });
    expect(findInputProblem({ note: 'tail \udc00' })).toEqual({ kind: 'characters', field: 'note' });
    expect(findInputProblem({ ['k\u0000']: 1 })).toEqual({ kind: 'characters', field: 'k?' });
    expect(findInputProblem('\u0000')).toEqual({ kind: 'characters', field: '(input)' });
  });

  it('lets every well-formed string through: Chinese, emoji (a surrogate pair), symbols', () => {
    expect(findInputProblem({ reason: '出差 😀 — ok', n: 3, list: ['a', null, true] })).toBeNull();
  });
});

const nested = (levels: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('findInputProblem, depth', () => {
  it('refuses a value nested deeper than any form, naming where it starts', () => {
    expect(findInputProblem({ data: nested(MAX_INPUT_DEPTH) })).toMatchObject({
      kind: 'depth',
      field: 'data.0.a…(64)',
    });
    expect(findInputProblem({ data: nested(MAX_INPUT_DEPTH - 2) })).toBeNull();
    // the characters check still answers first when the bad string lies above the limit
    expect(findInputProblem({ a: 'x\u0000', b: nested(100) })).toEqual({ kind: 'characters', field: 'a' });
  });
});

describe('bad characters at the edge', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness('pglite');
  });
  afterAll(() => h.t.dispose());

  it('a lone surrogate in form data and a NUL in a login answer a 400 naming the field, and nothing is written', async () => {
    const b = h.browser();
    await b.login('zhang.san');
    const api = await b.api();
    const before = (await api.inbox.search({ box: 'started' })).total;
    const templateId = (await api.forms.listPublished()).find((f) => f.key === 'leave')!.templateId;
    const submit = await api.instances
      .submit({ templateId, data: { type: '事假', days: 1, reason: 'trip \ud800' } })
      .catch((e: unknown) => errorOf(e));
    expect(submit).toMatchObject({ code: 'bad_request', messageKey: 'errors.badCharacters' });
    expect(submit && 'message' in submit ? submit.message.en : '').toContain('"data.reason"');
    expect((await api.inbox.search({ box: 'started' })).total).toBe(before);
    const login = await h
      .browser()
      .login('zhang\u0000san')
      .catch((e: unknown) => errorOf(e));
    expect(login).toMatchObject({ code: 'bad_request', fieldErrors: [{ path: 'login' }] });
  });

  it('a draft nested 10 000 levels deep answers a 400 and saves nothing (the fuzz found a 500)', async () => {
    const b = h.browser();
    await b.login('zhang.san');
    const api = await b.api();
    const templateId = (await api.forms.listPublished()).find((f) => f.key === 'leave')!.templateId;
    const saved = await api.drafts
      .save({ templateId, data: { a: nested(10_000) } })
      .catch((e: unknown) => errorOf(e));
    expect(saved).toMatchObject({ code: 'bad_request', messageKey: 'errors.tooDeep' });
    expect(await api.drafts.get({ templateId })).toBeNull();
  });
});
