/**
 * `runPlan`, compiled for a schema that checks many submissions. Same outcome for the same data
 * (plan-runner.test.ts compares the two on random forms and data); the difference is when the
 * work is done. Every field the plan touches gets a slot number when the schema is compiled, each
 * formula reference is resolved to a slot or a row column then, and a run keeps the current values
 * in one array instead of a map of changes plus a fresh object per step and per table row.
 * On the 300-field benchmark form it cut the rules and formulas by ~40 % (docs/benchmarks.md, Schema core).
 */
import type { ApplicantFacts, Condition } from './condition.js';
import { evaluateCondition } from './evaluate-condition.js';
import { compileFormulaWith, type FormulaAccess } from './evaluate-formula.js';
import type { FormPlan, PlanContext, PlanOutcome } from './form-plan.js';
import { walkFormula } from './check-formula.js';
import { generateColumn, generateFormula, type GeneratedColumn } from './formula-codegen.js';
import type { Formula } from './formula.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOwn = (o: Obj, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const own = (o: Obj, k: string): unknown => (hasOwn(o, k) ? o[k] : undefined);

/** What compiled formulas read while a submission runs; one object per run, its row moved along a table. */
interface State {
  /** the value `runPlan`'s `get` would give, per slot: undefined when absent or dropped */
  cur: unknown[];
  row: Obj | undefined;
  applicant: ApplicantFacts | undefined;
  ranks: string[] | undefined;
}

type Run = (s: State) => number | null;
/** [field key, slot] pairs a rule or condition reads */
type Reads = readonly (readonly [string, number])[];

type Op =
  | {
      kind: 'visibility';
      key: string;
      slot: number;
      rule: number;
      condition: Condition;
      reads: Reads;
      readsApplicant: boolean;
      requiredWhenVisible: boolean;
    }
  | { kind: 'formula'; key: string; slot: number; run: Run }
  | {
      kind: 'column';
      slot: number;
      column: string;
      run: Run;
      generated: GeneratedColumn | undefined;
      snapshot: boolean;
    };

export type PlanRunner = (data: Record<string, unknown>, ctx?: PlanContext) => PlanOutcome;

/** `runPlan`'s view of a few fields: only those with a value, as evaluateCondition sees them. */
function viewOf(reads: Reads, cur: readonly unknown[]): Obj {
  const o: Obj = {};
  for (const [k, i] of reads) {
    const v = cur[i];
    if (v !== undefined) o[k] = v;
  }
  return o;
}

function conditionFields(condition: Condition): string[] {
  const out = new Set<string>();
  // An `if` with this condition and constant branches names exactly the condition's fields.
  walkFormula({ op: 'if', condition, then: { value: 0 }, else: { value: 0 } }, (ref) => {
    if (ref.kind === 'field') out.add(ref.key);
  });
  return [...out];
}

/** `generate: false` keeps every formula on closures: for the tests that compare the two. */
export function compilePlan(plan: FormPlan, { generate = true }: { generate?: boolean } = {}): PlanRunner {
  const keys: string[] = [];
  const slots = new Map<string, number>();
  /** slots some step reads, loaded from the data at the start of a run */
  const loaded = new Set<number>();
  const slotOf = (key: string, read: boolean): number => {
    let i = slots.get(key);
    if (i === undefined) {
      i = keys.length;
      keys.push(key);
      slots.set(key, i);
    }
    if (read) loaded.add(i);
    return i;
  };
  const readsOf = (fields: readonly string[]): Reads => fields.map((k) => [k, slotOf(k, true)] as const);

  /** Top-level formulas read the form; a column's formula reads its row's columns and the form for the rest. */
  const accessFor = (columns?: ReadonlySet<string>): FormulaAccess<State> => ({
    field: (key) => {
      if (columns?.has(key)) return (s) => (s.row ? own(s.row, key) : undefined);
      const i = slotOf(key, true);
      return (s) => s.cur[i];
    },
    table: (key) => {
      const i = slotOf(key, true);
      return (s) => s.cur[i];
    },
    condition: (condition) => {
      const fields = conditionFields(condition);
      const top = readsOf(columns ? fields.filter((k) => !columns.has(k)) : fields);
      const inRow = columns ? fields.filter((k) => columns.has(k)) : [];
      return (s) => {
        const form = viewOf(top, s.cur);
        if (s.row) for (const k of inRow) form[k] = own(s.row, k);
        return evaluateCondition(condition, { form, applicant: s.applicant, ranks: s.ranks });
      };
    },
  });

  /** Generated code where the formula allows it (arithmetic), closures otherwise (dates, conditions). */
  const read = (key: string) => slotOf(key, true);
  const runOf = (formula: Formula): Run => {
    const generated = generate ? generateFormula(formula, read) : undefined;
    if (generated) return (s) => generated(s.cur, undefined);
    return compileFormulaWith(formula, accessFor());
  };

  const ops: Op[] = plan.steps.map((step): Op => {
    if (step.kind === 'visibility') {
      const { key, rule, visibleWhen: condition, readsApplicant, requiredWhenVisible } = step;
      return {
        kind: 'visibility',
        key,
        slot: slotOf(key, false),
        rule,
        condition,
        reads: readsOf(step.reads),
        readsApplicant,
        requiredWhenVisible,
      };
    }
    if (step.kind === 'formula')
      return { kind: 'formula', key: step.key, slot: slotOf(step.key, false), run: runOf(step.formula) };
    const slot = slotOf(step.table, true);
    // runPlan reads the form once per column step; only the table itself changes during it.
    const generated = generate ? generateColumn(step.formula, read, step.columns, step.column) : undefined;
    const run = compileFormulaWith(step.formula, accessFor(step.columns));
    return {
      kind: 'column',
      slot,
      column: step.column,
      run,
      generated,
      snapshot: step.reads.includes(step.table),
    };
  });
  const toLoad = [...loaded];
  const rules = ops.reduce((n, op) => (op.kind === 'visibility' ? Math.max(n, op.rule + 1) : n), 0);

  return (data, ctx = {}) => {
    const { applicant, ranks } = ctx;
    const cur: unknown[] = new Array<unknown>(keys.length).fill(undefined);
    for (const i of toLoad) {
      const k = keys[i] ?? '';
      if (hasOwn(data, k)) cur[i] = data[k];
    }
    const s: State = { cur, row: undefined, applicant, ranks };
    // Per slot: 1 changed, 2 hidden. Changed slots in the order runPlan's map would hold them.
    const flags: number[] = new Array<number>(keys.length).fill(0);
    const order: number[] = [];
    const change = (i: number, v: unknown) => {
      cur[i] = v;
      if ((flags[i] ?? 0) & 1) return;
      flags[i] = (flags[i] ?? 0) | 1;
      order.push(i);
    };
    const hidden = new Set<string>();
    const requiredNow: string[] = [];
    // A rule's answer holds until some field changes: answer and the number of changes when computed.
    const answers: boolean[] = new Array<boolean>(rules).fill(false);
    const versions: number[] = new Array<number>(rules).fill(-1);
    let version = 0;

    for (const op of ops) {
      if (op.kind === 'visibility') {
        if (op.readsApplicant && !applicant) continue;
        let holds: boolean;
        if (versions[op.rule] === version) holds = answers[op.rule] === true;
        else {
          holds = evaluateCondition(op.condition, { form: viewOf(op.reads, cur), applicant, ranks });
          answers[op.rule] = holds;
          versions[op.rule] = version;
        }
        if (!holds) {
          change(op.slot, undefined);
          version++;
          flags[op.slot] = (flags[op.slot] ?? 0) | 2;
          hidden.add(op.key);
        } else if (op.requiredWhenVisible) requiredNow.push(op.key);
        continue;
      }
      if (((flags[op.slot] ?? 0) & 2) !== 0) continue;
      if (op.kind === 'formula') {
        s.row = undefined;
        const value = op.run(s);
        change(op.slot, value === null ? undefined : value);
        version++;
        continue;
      }
      const rows = cur[op.slot];
      if (!Array.isArray(rows)) continue;
      if (op.snapshot) s.cur = cur.slice();
      let copied = ((flags[op.slot] ?? 0) & 1) !== 0;
      let list = rows as unknown[];
      const column = op.column;
      const differs = (r: number, value: number | null) => {
        if (!copied) {
          // Copy the rows once, on the first cell that differs; the caller's rows stay as sent.
          list = list.map((x) => (isObj(x) ? { ...x } : x));
          change(op.slot, list);
          copied = true;
        }
        version++;
        const target = list[r] as Obj;
        if (value === null) delete target[column];
        else target[column] = value;
      };
      if (op.generated) op.generated(s.cur, rows, differs);
      else {
        for (let r = 0; r < rows.length; r++) {
          const row: unknown = rows[r];
          if (!isObj(row)) continue;
          s.row = row;
          const value = op.run(s);
          const present = hasOwn(row, column);
          if (value === null ? !present : present && row[column] === value) continue;
          differs(r, value);
        }
      }
      s.row = undefined;
      s.cur = cur;
    }

    // A changed slot holds undefined exactly when runPlan's map holds DROP (values are numbers or lists).
    let dirty = false;
    for (const i of order) {
      const k = keys[i] ?? '';
      const v = cur[i];
      if (v === undefined ? hasOwn(data, k) : !hasOwn(data, k) || data[k] !== v) {
        dirty = true;
        break;
      }
    }
    if (!dirty) return { data, hidden, requiredNow };
    const out: Obj = { ...data };
    for (const i of order) {
      const k = keys[i] ?? '';
      const v = cur[i];
      if (v === undefined) delete out[k];
      else out[k] = v;
    }
    return { data: out, hidden, requiredNow };
  };
}
