import { compileForm, validateModel, type FormModel } from '@signoff/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply-command.js';
import { canRedo, canUndo, createHistory, dispatch, redo, undo, type FormHistory } from './form-history.js';
import { planArb } from './test/command-arbitraries.js';
import { junkModelArb, modelArb } from './test/model-arbitraries.js';
import { fieldsByPath } from './field-path.js';
import { checkChanges } from './test/check-changes.js';

/** What a model may be after any command: one the problems list explains, or one that compiles. */
function compilesOrExplains(model: FormModel): void {
  if (validateModel(model).length > 0) return;
  expect(() => compileForm(model)).not.toThrow();
}

const steps = fc.array(fc.tuple(planArb, fc.option(fc.constantFrom('a', 'b'), { nil: undefined })), {
  minLength: 1,
  maxLength: 25,
});
const startArb = fc.oneof({ weight: 9, arbitrary: modelArb }, { weight: 1, arbitrary: junkModelArb });
// DESIGNER_RUNS=5000 for a longer hunt on a quiet machine
const RUNS = { numRuns: Number(process.env.DESIGNER_RUNS ?? 300) };

/** Runs the steps through a history; checks what every step reports; returns every history on the way. */
function run(model: FormModel, plan: [{ build(m: FormModel): never }, string | undefined][]): FormHistory[] {
  const seen = [createHistory(model, { keyFromLabel: (l) => l.en })];
  for (const [p, coalesce] of plan) {
    const h = seen.at(-1) as FormHistory;
    const next = dispatch(h, p.build(h.model), coalesce === undefined ? {} : { coalesce });
    if (next.last.kind === 'refused' || next.last.kind === 'unchanged') expect(next.model).toBe(h.model);
    else checkChanges(h.model, next.model, next.last.changed);
    compilesOrExplains(next.model);
    seen.push(next);
  }
  return seen;
}

describe('designer core properties', () => {
  it('any sequence of commands never throws and leaves a model that compiles or reports its problems', () => {
    fc.assert(
      fc.property(startArb, steps, (model, plan) => {
        run(model, plan as never);
      }),
      RUNS,
    );
  });

  it('a refused command returns the model unchanged; an accepted one names what changed', () => {
    fc.assert(
      fc.property(startArb, planArb, (model, p) => {
        const cmd = p.build(model);
        const r = applyCommand(model, cmd);
        if (!r.ok) {
          expect(r.model).toBe(model);
          expect(r.problem.message.zh).not.toBe('');
          expect(r.problem.message.en).not.toBe('');
        } else checkChanges(model, r.model, r.changed);
      }),
      { numRuns: 2000 },
    );
  });

  it('commands never modify the models they are given', () => {
    fc.assert(
      fc.property(startArb, steps, (model, plan) => {
        const text = JSON.stringify(model);
        const seen = run(model, plan as never);
        const texts = seen.map((h) => JSON.stringify(h.model));
        run(seen.at(-1)?.model as FormModel, plan as never);
        expect(JSON.stringify(model)).toBe(text);
        expect(seen.map((h) => JSON.stringify(h.model))).toEqual(texts);
      }),
      { numRuns: 100 },
    );
  });

  it('undoing everything gives back the original model itself; redoing everything the final one', () => {
    fc.assert(
      fc.property(startArb, steps, (model, plan) => {
        const text = JSON.stringify(model);
        const seen = run(model, plan as never);
        const final = seen.at(-1) as FormHistory;
        let h = final;
        while (canUndo(h)) {
          const back = undo(h);
          checkChanges(h.model, back.model, back.last.changed);
          h = back;
        }
        expect(h.model).toBe(model);
        expect(JSON.stringify(h.model)).toBe(text);
        // every model on the way back was one the forward run had, object for object
        const forward = new Set(seen.map((s) => s.model));
        while (canRedo(h)) {
          const again = redo(h);
          checkChanges(h.model, again.model, again.last.changed);
          expect(forward.has(again.model)).toBe(true);
          h = again;
        }
        expect(h.model).toBe(final.model);
      }),
      RUNS,
    );
  });

  it("renaming, duplicating and pasting a valid form's own fields keep it valid", () => {
    const valid = modelArb.filter((m) => validateModel(m).length === 0);
    fc.assert(
      fc.property(valid, fc.nat(), fc.constantFrom('k1', 'renamed', 'f0', 'c1'), (model, n, key) => {
        const paths = [...fieldsByPath(model).keys()];
        const path = paths[n % paths.length] as string;
        const type = fieldsByPath(model).get(path)?.type ?? 'text';
        const results = [
          applyCommand(model, { type: 'changeField', field: path, fieldType: type, patch: { key } } as never),
          applyCommand(model, { type: 'duplicateField', field: path }, { keyFromLabel: (l) => l.en }),
          applyCommand(model, { type: 'pasteFields', fields: model.fields }, { keyFromLabel: (l) => l.en }),
          // into another form whose fields have the same keys but read nothing: the pasted ones must read each other
          applyCommand(
            {
              ...model,
              fields: model.fields.map((f) => ({
                key: f.key,
                type: 'text' as const,
                label: { zh: '文', en: 'Text' },
              })),
            },
            { type: 'pasteFields', fields: model.fields },
          ),
        ];
        for (const r of results) if (r.ok) expect(validateModel(r.model)).toEqual([]);
      }),
      RUNS,
    );
  });
});
