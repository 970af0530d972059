import { bench, describe } from 'vitest';
import { compileForm } from './compile-form.js';
import { leaveForm } from './test-fixtures.js';
import { createAjv, createSubmissionValidator, validateSubmission } from './validate-submission.js';

const { schema } = compileForm(leaveForm());
const good = { days: 2.5, type: '年休假', reason: '回家探亲，往返需两天半' };
const bad = { days: 0.2, type: '婚假', reason: '', extra: 1 };

const raw = createAjv().compile(schema);
const bound = createSubmissionValidator(schema);
// What the server sees: the schema row is parsed afresh for every request, so object identity never hits.
const fresh = () => JSON.parse(JSON.stringify(schema)) as typeof schema;

describe('valid leave request', () => {
  bench('raw ajv (compiled once)', () => {
    raw(good);
  });
  bench('createSubmissionValidator (compiled once)', () => {
    bound(good);
  });
  bench('validateSubmission (same schema object)', () => {
    validateSubmission(schema, good);
  });
  bench('validateSubmission (fresh schema object, hashed)', () => {
    validateSubmission(fresh(), good);
  });
  bench('raw ajv compile + validate per call (no cache)', () => {
    createAjv().compile(schema)(good);
  }, { time: 1000 });
  bench('JSON.parse of the schema alone (baseline for the line above)', () => {
    fresh();
  });
});

describe('invalid leave request', () => {
  bench('raw ajv (compiled once)', () => {
    raw(bad);
  });
  bench('validateSubmission (same schema object, localized errors)', () => {
    validateSubmission(schema, bad);
  });
});
