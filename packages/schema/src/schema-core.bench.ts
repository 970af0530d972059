import { bench, describe } from 'vitest';
import { bigForm } from './bench-fixtures.js';
import { compileForm } from './compile-form.js';
import { evaluateFormulas } from './evaluate-formulas.js';
import { createAjv, createSubmissionValidator, lookupByContent, validateSubmission } from './validate-submission.js';

// 300 fields, one a detail table of 50 rows; ajv configured exactly as validateSubmission uses it.
const plain = bigForm();
const { schema } = compileForm(plain.model);
const raw = createAjv().compile(schema);
const bound = createSubmissionValidator(schema);
const valid = plain.data;
if (!raw(valid) || !validateSubmission(schema, valid).ok) throw new Error('the benchmark data must be valid');

// The same form with 29 visibility rules, a computed column and 10 computed fields.
const ruled = bigForm({ rules: true });
const ruledSchema = compileForm(ruled.model).schema;
const ruledRaw = createAjv().compile(ruledSchema);
// What the renderer sends: computed values filled by the same code, so the server's recomputation agrees.
const ruledSent = evaluateFormulas(ruled.model, ruled.data);
for (const d of [ruled.data, ruledSent]) if (!ruledRaw(d) || !validateSubmission(ruledSchema, d).ok) throw new Error('the rules data must be valid');

// Ten wrong values spread over the form and the table.
const invalid: Record<string, unknown> = { ...valid, f2: -1, f3: 'x', f4: '2019-01-01', f6: 'z', f9: ['a', 'a'], items: (valid.items as object[]).map((r, i) => (i % 10 === 0 ? { ...r, qty: 0 } : r)) };

const OPTIONS = { time: 2000, warmupTime: 500 };

/**
 * Ratios that survive a busy machine: the two functions run in alternating batches (order swapped
 * every round) and the ratio is of the medians of the per-call batch times, so a GC pause or a
 * neighbour's test run lands on one batch, not on one side.
 */
function interleaved(name: string, base: () => void, candidate: () => void, { rounds = 41, batch = 50 } = {}): string {
  const per = (fn: () => void) => {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    return ((performance.now() - t0) * 1000) / batch;
  };
  for (let i = 0; i < 5; i++) { per(base); per(candidate); }
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) { a.push(per(base)); b.push(per(candidate)); } else { b.push(per(candidate)); a.push(per(base)); }
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? NaN;
  const ma = median(a);
  const mb = median(b);
  return `${name.padEnd(58)} base ${ma.toFixed(1).padStart(7)} µs  candidate ${mb.toFixed(1).padStart(7)} µs  ratio ${(mb / ma).toFixed(3)}×`;
}

const lookups = (fn: () => void, n = 200_000) => {
  for (let i = 0; i < 10_000; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  return ((performance.now() - t0) * 1e6) / n;
};

console.log(
  [
    '',
    'Schema core, interleaved medians (candidate ÷ raw ajv on the same schema and data):',
    interleaved('validateSubmission, 300 fields + 50 rows, valid', () => raw(valid), () => validateSubmission(schema, valid)),
    interleaved('createSubmissionValidator (bound), same', () => raw(valid), () => bound(valid)),
    interleaved('validateSubmission, 10 errors, localized', () => raw(invalid), () => validateSubmission(schema, invalid)),
    interleaved('with 29 rules + 11 formulas, client agrees', () => ruledRaw(ruledSent), () => validateSubmission(ruledSchema, ruledSent)),
    interleaved('with 29 rules + 11 formulas, client sent none', () => ruledRaw(ruled.data), () => validateSubmission(ruledSchema, ruled.data), { rounds: 21 }),
    `warm lookup, same schema object: ${lookups(() => createSubmissionValidator(schema)).toFixed(0)} ns per call`,
    `lookup by content of a 300-field schema (fresh object): ${(lookups(() => lookupByContent(schema), 200) / 1000).toFixed(0)} µs per call`,
    '',
  ].join('\n'),
);

describe('300 fields + 50-row table, valid submission', () => {
  bench('raw ajv (compiled once)', () => {
    raw(valid);
  }, OPTIONS);
  bench('validateSubmission (same schema object)', () => {
    validateSubmission(schema, valid);
  }, OPTIONS);
  bench('createSubmissionValidator (bound once)', () => {
    bound(valid);
  }, OPTIONS);
});

describe('300 fields + 50-row table, 10 errors', () => {
  bench('raw ajv (compiled once)', () => {
    raw(invalid);
  }, OPTIONS);
  bench('validateSubmission (localized errors)', () => {
    validateSubmission(schema, invalid);
  }, OPTIONS);
});

describe('the same form with 29 visibility rules and 11 formulas (one a 50-row column), as the renderer sends it', () => {
  bench('raw ajv (compiled once; applies no rules)', () => {
    ruledRaw(ruledSent);
  }, OPTIONS);
  bench('validateSubmission (rules applied, formulas recomputed and agreeing)', () => {
    validateSubmission(ruledSchema, ruledSent);
  }, OPTIONS);
});

describe('the same form with rules, computed values left out by the client', () => {
  bench('raw ajv (compiled once; applies no rules)', () => {
    ruledRaw(ruled.data);
  }, OPTIONS);
  bench('validateSubmission (rules applied, formulas filled in: data copied)', () => {
    validateSubmission(ruledSchema, ruled.data);
  }, OPTIONS);
});

describe('warm cache: cost of finding the compiled validator', () => {
  bench('createSubmissionValidator, same schema object (identity)', () => {
    createSubmissionValidator(schema);
  }, OPTIONS);
  bench('lookup by content, a fresh schema object (JSON text → Map; canonical hash on a miss)', () => {
    lookupByContent(schema);
  }, OPTIONS);
});
