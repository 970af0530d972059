import { bench, describe } from 'vitest';
import { bigForm } from './bench-fixtures.js';
import { compileForm } from './compile-form.js';
import { evaluateFormulas } from './evaluate-formulas.js';
import {
  createAjv,
  createSubmissionValidator,
  lookupByContent,
  validateSubmission,
} from './validate-submission.js';
import { isQuick, writeResult, type BenchRow } from '../../../scripts/bench/result.js';

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
for (const d of [ruled.data, ruledSent])
  if (!ruledRaw(d) || !validateSubmission(ruledSchema, d).ok) throw new Error('the rules data must be valid');

// Ten wrong values spread over the form and the table.
const invalid: Record<string, unknown> = {
  ...valid,
  f2: -1,
  f3: 'x',
  f4: '2019-01-01',
  f6: 'z',
  f9: ['a', 'a'],
  items: (valid.items as object[]).map((r, i) => (i % 10 === 0 ? { ...r, qty: 0 } : r)),
};

const QUICK = isQuick();
// A quick (CI smoke) run only proves the bench still runs; its figures go to docs/bench/quick/.
const OPTIONS = QUICK ? { time: 200, warmupTime: 50 } : { time: 2000, warmupTime: 500 };
const ROUNDS = QUICK ? 7 : 41;

interface Interleaved {
  name: string;
  /** medians of the per-call time, µs: wall clock and this process's CPU time */
  base: number;
  candidate: number;
  baseCpu: number;
  candidateCpu: number;
}

/**
 * Ratios that survive a busy machine: the two functions run in alternating batches (order swapped
 * every round) and the ratio is of the medians of the per-call batch times, so a GC pause or a
 * neighbour's test run lands on one batch, not on one side. CPU time is taken too: on a shared
 * 2-core box at load 10+ the wall clock also counts the time the process waited for a core.
 */
function interleaved(
  name: string,
  base: () => void,
  candidate: () => void,
  { rounds = ROUNDS, batch = 50 } = {},
): Interleaved {
  const cpu = () => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  const per = (fn: () => void): [number, number] => {
    const t0 = performance.now();
    const c0 = cpu();
    for (let i = 0; i < batch; i++) fn();
    return [((performance.now() - t0) * 1000) / batch, (cpu() - c0) / batch];
  };
  for (let i = 0; i < 5; i++) {
    per(base);
    per(candidate);
  }
  const a: [number, number][] = [];
  const b: [number, number][] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      a.push(per(base));
      b.push(per(candidate));
    } else {
      b.push(per(candidate));
      a.push(per(base));
    }
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? NaN;
  return {
    name,
    base: median(a.map((x) => x[0])),
    candidate: median(b.map((x) => x[0])),
    baseCpu: median(a.map((x) => x[1])),
    candidateCpu: median(b.map((x) => x[1])),
  };
}

const line = (m: Interleaved) =>
  `${m.name.padEnd(50)} base ${m.base.toFixed(1).padStart(7)} µs  candidate ${m.candidate.toFixed(1).padStart(7)} µs  ratio ${(m.candidate / m.base).toFixed(3)}×  (CPU time ${(m.candidateCpu / m.baseCpu).toFixed(3)}×)`;

const lookups = (fn: () => void, n = 200_000) => {
  for (let i = 0; i < 10_000; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  return ((performance.now() - t0) * 1e6) / n;
};

const cases: { m: Interleaved; goal?: string }[] = [
  {
    m: interleaved(
      'validateSubmission, 300 fields + 50 rows, valid',
      () => raw(valid),
      () => validateSubmission(schema, valid),
    ),
    goal: '≤ 1.1×',
  },
  {
    m: interleaved(
      'createSubmissionValidator (bound), same',
      () => raw(valid),
      () => bound(valid),
    ),
  },
  {
    m: interleaved(
      'validateSubmission, 10 errors, localized',
      () => raw(invalid),
      () => validateSubmission(schema, invalid),
    ),
  },
  {
    m: interleaved(
      'with 29 rules + 11 formulas, client agrees',
      () => ruledRaw(ruledSent),
      () => validateSubmission(ruledSchema, ruledSent),
    ),
    goal: '≤ 1.1×',
  },
  {
    m: interleaved(
      'with 29 rules + 11 formulas, client sent none',
      () => ruledRaw(ruled.data),
      () => validateSubmission(ruledSchema, ruled.data),
      { rounds: Math.ceil(ROUNDS / 2) },
    ),
  },
];
const identityNs = lookups(() => createSubmissionValidator(schema), QUICK ? 20_000 : 200_000);
const contentUs = lookups(() => lookupByContent(schema), QUICK ? 20 : 200) / 1000;

console.log(
  [
    '',
    'Schema core, interleaved medians (candidate ÷ raw ajv on the same schema and data):',
    ...cases.map((c) => line(c.m)),
    `warm lookup, same schema object: ${identityNs.toFixed(0)} ns per call`,
    `lookup by content of a 300-field schema (fresh object): ${contentUs.toFixed(0)} µs per call`,
    '',
  ].join('\n'),
);

const round3 = (x: number) => Number(x.toPrecision(3));
const rows: BenchRow[] = cases.map(({ m, goal }) => {
  const ratio = round3(m.candidate / m.base);
  return {
    measure: `${m.name}: µs per call, ratio to raw ajv (interleaved median, wall clock)`,
    value: round3(m.candidate),
    unit: 'µs',
    baseline: { name: 'raw ajv, same schema, data and options', value: round3(m.base), unit: 'µs' },
    ratio,
    ...(goal !== undefined && { goal, met: ratio <= 1.1 }),
  };
});
rows.push(
  {
    measure: 'warm cache lookup, same schema object (identity)',
    value: round3(identityNs),
    unit: 'ns',
    goal: '≤ 1 µs',
    met: identityNs <= 1000,
  },
  {
    measure: 'cache lookup by content, a fresh 57 KB schema object (JSON text → Map)',
    value: round3(contentUs),
    unit: 'µs',
  },
);
const cpuRatios = cases.map(({ m }) => `${(m.candidateCpu / m.baseCpu).toFixed(2)}×`).join(', ');
writeResult({
  bench: 'schema',
  title: 'Submission validation (300 fields, 50-row table) against raw ajv on the same schema',
  rows,
  notes: [
    'Interleaved: base and candidate alternate in batches of 50 calls, order swapped every round; ratio of the median per-call times.',
    `The same ratios in this process's CPU time (less moved by a busy machine): ${cpuRatios}.`,
    'Raw ajv applies no visibility rules and recomputes nothing, so on the rules cases it is a lower bound, not a like-for-like.',
  ],
});

describe('300 fields + 50-row table, valid submission', () => {
  bench(
    'raw ajv (compiled once)',
    () => {
      raw(valid);
    },
    OPTIONS,
  );
  bench(
    'validateSubmission (same schema object)',
    () => {
      validateSubmission(schema, valid);
    },
    OPTIONS,
  );
  bench(
    'createSubmissionValidator (bound once)',
    () => {
      bound(valid);
    },
    OPTIONS,
  );
});

describe('300 fields + 50-row table, 10 errors', () => {
  bench(
    'raw ajv (compiled once)',
    () => {
      raw(invalid);
    },
    OPTIONS,
  );
  bench(
    'validateSubmission (localized errors)',
    () => {
      validateSubmission(schema, invalid);
    },
    OPTIONS,
  );
});

describe('the same form with 29 visibility rules and 11 formulas (one a 50-row column), as the renderer sends it', () => {
  bench(
    'raw ajv (compiled once; applies no rules)',
    () => {
      ruledRaw(ruledSent);
    },
    OPTIONS,
  );
  bench(
    'validateSubmission (rules applied, formulas recomputed and agreeing)',
    () => {
      validateSubmission(ruledSchema, ruledSent);
    },
    OPTIONS,
  );
});

describe('the same form with rules, computed values left out by the client', () => {
  bench(
    'raw ajv (compiled once; applies no rules)',
    () => {
      ruledRaw(ruled.data);
    },
    OPTIONS,
  );
  bench(
    'validateSubmission (rules applied, formulas filled in: data copied)',
    () => {
      validateSubmission(ruledSchema, ruled.data);
    },
    OPTIONS,
  );
});

describe('warm cache: cost of finding the compiled validator', () => {
  bench(
    'createSubmissionValidator, same schema object (identity)',
    () => {
      createSubmissionValidator(schema);
    },
    OPTIONS,
  );
  bench(
    'lookup by content, a fresh schema object (JSON text → Map; canonical hash on a miss)',
    () => {
      lookupByContent(schema);
    },
    OPTIONS,
  );
});
