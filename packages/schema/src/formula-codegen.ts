/**
 * Formulas turned into JavaScript source, for the plan runner's hot loop (a computed column runs
 * once per table row). Closures (evaluate-formula.ts) read every field through one shared function,
 * so each read is a megamorphic lookup; generated code names each key at its own site, as ajv does
 * for the schema. Only the arithmetic subset is generated — fields, numbers, + − × ÷, round, sum —
 * and it mirrors `compile` in evaluate-formula.ts node for node; a formula with anything else
 * (dates, conditions) is left to the closures. plan-runner.test.ts compares the two on random data.
 *
 * Nothing from the schema is pasted into the source except through JSON.stringify (keys) and
 * slot numbers; constants travel in an array, so no value can change what the code does.
 */
import { MAX_FORMULA_DEPTH } from './check-formula.js';
import { roundHalfAway, tidy } from './decimal.js';

type Obj = Record<string, unknown>;

/** A generated formula: the run's slot values, the current row (column formulas). */
export type GeneratedFormula = (cur: readonly unknown[], row: Obj | undefined) => number | null;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOwn = (o: Obj, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const finite = (r: number): number | null => (Number.isFinite(r) ? tidy(r) : null);

/** Thrown inside the generator when a node is outside the subset; never escapes `generateFormula`. */
class Unsupported extends Error {}

interface Gen {
  lines: string[];
  consts: unknown[];
  next: number;
  slotOf: (key: string) => number;
  columns: ReadonlySet<string> | undefined;
}

const lit = (key: string): string => JSON.stringify(key);

function constant(g: Gen, v: unknown): string {
  g.consts.push(v);
  return `k[${g.consts.length - 1}]`;
}

function temp(g: Gen, expr: string): string {
  const name = `t${g.next++}`;
  g.lines.push(`const ${name} = ${expr};`);
  return name;
}

/** The raw value of a field reference, as the runner's closures read it. */
function readField(g: Gen, key: string): string {
  if (g.columns?.has(key))
    return temp(g, `row !== undefined && hasOwn(row, ${lit(key)}) ? row[${lit(key)}] : undefined`);
  return temp(g, `cur[${g.slotOf(key)}]`);
}

/** Emits the node's statements and returns the name (or constant) holding its number-or-null. */
function emit(g: Gen, raw: unknown, depth: number): string {
  if (!isObj(raw) || depth > MAX_FORMULA_DEPTH) return 'null';
  if (!('op' in raw)) {
    if (typeof raw.field === 'string') {
      const v = readField(g, raw.field);
      const fallback = num(raw.ifEmpty);
      return temp(g, `typeof ${v} === 'number' && Number.isFinite(${v}) ? ${v} : ${constant(g, fallback)}`);
    }
    if ('value' in raw) return constant(g, num(raw.value));
    return 'null';
  }
  switch (raw.op) {
    case 'add':
    case 'sub':
    case 'mul':
    case 'div': {
      const x = emit(g, raw.left, depth + 1);
      const y = emit(g, raw.right, depth + 1);
      const sign = raw.op === 'add' ? '+' : raw.op === 'sub' ? '-' : raw.op === 'mul' ? '*' : '/';
      const guard = raw.op === 'div' ? ` || ${y} === 0` : '';
      return temp(g, `${x} === null || ${y} === null${guard} ? null : finite(${x} ${sign} ${y})`);
    }
    case 'round': {
      const p = raw.precision;
      if (!(typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= 10)) return 'null';
      const v = emit(g, raw.value, depth + 1);
      return temp(g, `${v} === null ? null : roundHalfAway(${v}, ${p})`);
    }
    case 'sum': {
      const { table, column } = raw;
      if (typeof table !== 'string' || typeof column !== 'string') return 'null';
      const rows = temp(g, `cur[${g.slotOf(table)}]`);
      const total = `t${g.next++}`;
      const out = `t${g.next++}`;
      g.lines.push(
        `let ${out} = 0;`,
        `if (Array.isArray(${rows})) {`,
        `  let ${total} = 0;`,
        `  for (let i = 0; i < ${rows}.length; i++) {`,
        `    const r = ${rows}[i];`,
        `    if (!isObj(r) || !hasOwn(r, ${lit(column)})) continue;`,
        `    const c = r[${lit(column)}];`,
        `    if (typeof c === 'number' && Number.isFinite(c)) ${total} += c;`,
        `  }`,
        `  ${out} = Number.isFinite(${total}) ? tidy(${total}) : null;`,
        `}`,
      );
      return out;
    }
    default:
      throw new Unsupported();
  }
}

function emitAll(
  formula: unknown,
  slotOf: (key: string) => number,
  columns: ReadonlySet<string> | undefined,
): { g: Gen; result: string } | undefined {
  const g: Gen = { lines: [], consts: [], next: 0, slotOf, columns };
  try {
    return { g, result: emit(g, formula, 0) };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

function build<T>(g: Gen, body: string): T {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- built from the formula's structure only; see the file comment
  const make = new Function('k', 'hasOwn', 'isObj', 'finite', 'tidy', 'roundHalfAway', body) as (
    ...deps: unknown[]
  ) => T;
  return make(g.consts, hasOwn, isObj, finite, tidy, roundHalfAway);
}

/**
 * The formula as a generated function, or undefined when it uses what only the closures do.
 * `slotOf` gives the runner's slot of a form field.
 */
export function generateFormula(
  formula: unknown,
  slotOf: (key: string) => number,
): GeneratedFormula | undefined {
  const done = emitAll(formula, slotOf, undefined);
  if (!done) return undefined;
  const { g, result } = done;
  const body = `return function generatedFormula(cur, row) {\n${g.lines.join('\n')}\nconst out = ${result};\nreturn typeof out === 'number' && Number.isFinite(out) ? out : null;\n};`;
  return build<GeneratedFormula>(g, body);
}

/** A computed column over a table's rows: calls `differs(i, value)` for each object row whose cell is not the value (null: absent). */
export type GeneratedColumn = (
  cur: readonly unknown[],
  rows: readonly unknown[],
  differs: (index: number, value: number | null) => void,
) => void;

/**
 * The whole row loop of a computed column, generated: per object row the formula (its row's
 * `columns` read from the row), then the comparison with the cell as sent — what `runPlan` does per row.
 */
export function generateColumn(
  formula: unknown,
  slotOf: (key: string) => number,
  columns: ReadonlySet<string>,
  column: string,
): GeneratedColumn | undefined {
  const done = emitAll(formula, slotOf, columns);
  if (!done) return undefined;
  const { g, result } = done;
  const col = lit(column);
  const body = [
    'return function generatedColumn(cur, rows, differs) {',
    '  for (let q = 0; q < rows.length; q++) {',
    '    const row = rows[q];',
    '    if (!isObj(row)) continue;',
    ...g.lines,
    `    const out = ${result};`,
    "    const value = typeof out === 'number' && Number.isFinite(out) ? out : null;",
    `    const present = hasOwn(row, ${col});`,
    `    if (value === null ? !present : present && row[${col}] === value) continue;`,
    '    differs(q, value);',
    '  }',
    '};',
  ].join('\n');
  return build<GeneratedColumn>(g, body);
}
