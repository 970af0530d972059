import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply-command.js';
import { fieldOfProblem, modelProblems } from './model-problems.js';
import { ok } from './test/expect-ok.js';
import { leaveForm } from './test/fixtures.js';

describe('problems', () => {
  it('a click on a problem leads to its field, a column included', () => {
    let model = leaveForm();
    model = ok(applyCommand(model, { type: 'removeField', field: 'items.amount' })).model;
    model = ok(
      applyCommand(model, {
        type: 'changeField',
        field: 'kind',
        fieldType: 'select',
        patch: { options: [] },
      }),
    ).model;
    model = ok(applyCommand(model, { type: 'changeForm', patch: { title: { zh: '', en: '' } } })).model;
    const found = modelProblems(model).map((p) => [p.code, fieldOfProblem(model, p)]);
    expect(found).toEqual([
      ['missing_label', undefined],
      ['missing_options', 'kind'],
      ['invalid_formula', 'items.twice'],
      ['invalid_formula', 'total'],
      // the rule on `note` compares with an option `kind` no longer has
      ['invalid_visibility', 'note'],
    ]);
  });

  it('is worked out once per model', () => {
    const model = leaveForm();
    expect(modelProblems(model)).toBe(modelProblems(model));
    expect(modelProblems(null as never).map((p) => p.code)).toEqual(['not_an_object']);
  });
});
