import { validateModel, type FieldType } from '@signoff/schema';
import { bench, describe } from 'vitest';
import type { FormCommand } from './form-command.js';
import { createHistory, dispatch, undo, type FormHistory } from './form-history.js';
import { bigForm } from './test/big-form.js';

// A 300-field form and a history already 100 steps deep, as after a while of designing.
const model = bigForm();
if (model.fields.length !== 300 || validateModel(model).length > 0)
  throw new Error('the benchmark form must be 300 valid fields');
const keyOf = (type: FieldType, from: number) =>
  model.fields.slice(from).find((f) => f.type === type && !f.visibleWhen)?.key ?? '';
const text = keyOf('text', 200);
const number = keyOf('number', 150);
let h: FormHistory = createHistory(model);
for (let i = 0; i < 100; i++)
  h = dispatch(h, { type: 'changeField', field: number, fieldType: 'number', patch: { max: 1000 + i } });
const base = h;

/** Every measured command must go through: a refusal would be measured as a cheap no-op. */
function accepted(cmd: FormCommand, coalesce?: string): FormCommand {
  const r = dispatch(base, cmd, coalesce === undefined ? {} : { coalesce });
  if (r.last.kind !== 'changed') throw new Error(`the benchmark command ${cmd.type} must change the model`);
  return cmd;
}
const label = (n: number): FormCommand => ({
  type: 'changeField',
  field: text,
  fieldType: 'text',
  patch: { label: { zh: `字段${n}`, en: 'Field' } },
});
const move = accepted({ type: 'moveField', field: 'f10', to: { index: 250 } });
const intoTable = accepted({ type: 'moveField', field: text, to: { table: 'items', index: 2 } });
const rename = accepted({
  type: 'changeField',
  field: 'f6',
  fieldType: 'select',
  patch: { key: 'leaveType' },
});
accepted(label(-1));
accepted(label(-2), 'typing');
const moved = dispatch(base, move);

const OPTIONS = { time: 1000, warmupTime: 200 };
let n = 0;

describe('designer core, 300 fields', () => {
  bench(
    'dispatch a property edit (label keystroke)',
    () => {
      dispatch(base, label(n++));
    },
    OPTIONS,
  );

  bench(
    'dispatch a coalesced property edit',
    () => {
      dispatch(base, label(n++), { coalesce: 'typing' });
    },
    OPTIONS,
  );

  bench(
    'dispatch a move (index 10 → 250)',
    () => {
      dispatch(base, move);
    },
    OPTIONS,
  );

  bench(
    'dispatch a move into the table',
    () => {
      dispatch(base, intoTable);
    },
    OPTIONS,
  );

  bench(
    'dispatch a key rename (29 rules follow)',
    () => {
      dispatch(base, rename);
    },
    OPTIONS,
  );

  bench(
    'undo',
    () => {
      undo(moved);
    },
    OPTIONS,
  );

  // what reading the lazy `problems` costs after an edit: validateModel, once per model, not part of dispatch
  bench(
    'problems after an edit (validateModel)',
    () => {
      void dispatch(base, label(n++)).problems;
    },
    OPTIONS,
  );
});
