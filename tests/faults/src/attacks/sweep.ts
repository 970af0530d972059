import type { CallResult, Session } from '../harness/http-session.js';
import { FALLBACK, INPUTS, type Case, type Own } from './attack-inputs.js';
import { strings } from './leak-check.js';
import type { Twin } from './twin-tenant.js';

/** What a refusal may be; `internal` is not, a 500 means a check is missing. */
const REFUSALS = new Set([
  'not_found',
  'forbidden',
  'bad_request',
  'validation_failed',
  'unauthorized',
  'conflict',
]);

export interface Caller {
  name: string;
  session(): Session;
  /** a fresh session, after a call ended this one (logout, a password change) */
  relogin(): Promise<void>;
}

export interface SweepTally {
  procedures: Set<string>;
  calls: number;
  cases: number;
  refused: number;
  answered: number;
  unexercised: string[];
  unfit: string[];
  problems: string[];
  /** procedures that accepted one of B's ids as the id of a new row of A's */
  claimedBy: Set<string>;
}

const isInputError = (r: CallResult<unknown>) =>
  !r.ok && r.error?.data?.appError?.messageKey === 'errors.badInput';

/**
 * The leak judge: an answer may hold B's ids or markers only where the caller sent them itself,
 * or where an earlier accepted call made them A's (an id A gave its own new row).
 */
export class Judge {
  constructor(
    /** B's ids A sent and had accepted (a row of A's given that id): A's from then on */
    readonly claimed: Set<string>,
    /** B's ids, each with the table it is from */
    private readonly bIds: Map<string, string>,
    private readonly markers: string[],
    private readonly tally: SweepTally,
    /** the ids of A's rows now: only an id A's own row took is A's, not one a call merely carried */
    private readonly aOwns: () => Promise<Map<string, string>>,
  ) {}

  async judge(label: string, c: Case, r: CallResult<unknown>): Promise<void> {
    const sent = new Set([...strings(c.input), ...(c.echoes ?? [])]);
    const sentText = `${JSON.stringify(c.input) ?? ''} ${(c.echoes ?? []).join(' ')}`;
    const answer = r.ok ? r.data : (r.error ?? r.raw);
    const found = new Set<string>();
    for (const s of strings(answer))
      if (this.bIds.has(s) && !sent.has(s) && !this.claimed.has(s))
        found.add(`${this.bIds.get(s) ?? ''} ${s}`);
    const text = JSON.stringify(answer) ?? '';
    for (const m of this.markers) if (text.includes(m) && !sentText.includes(m)) found.add(m);
    const where = `${label}(${sentText.slice(0, 160)})`;
    if (found.size > 0)
      this.tally.problems.push(`${where} leaked ${[...found].join(', ')} in ${text.slice(0, 600)}`);
    if (r.status >= 500)
      this.tally.problems.push(`${where} answered ${r.status}: ${r.ok ? '' : r.raw.slice(0, 200)}`);
    if (!r.ok && r.status < 500 && !isInputError(r) && !REFUSALS.has(r.error?.data?.appError?.code ?? ''))
      this.tally.problems.push(`${where} answered ${r.status} ${r.raw.slice(0, 200)}`);
    if (r.ok) {
      this.tally.answered += 1;
      const extra = c.check?.(r.data);
      if (extra) this.tally.problems.push(`${where}: ${extra}`);
      const carried = [...sent].filter((s) => this.bIds.has(s) && !this.claimed.has(s));
      const owned = carried.length > 0 ? await this.aOwns() : new Map<string, string>();
      for (const s of carried)
        if (owned.has(s)) {
          this.claimed.add(s);
          this.tally.claimedBy.add(`${label.split(' ')[1] ?? label} (${owned.get(s) ?? ''})`);
        }
    } else this.tally.refused += 1;
  }
}

type Procedures = Record<string, { _def: { type: string } }>;

/** Every procedure of the router, as each caller, with B's ids; reads, then writes, then reads again. */
export async function sweepProcedures(
  procedures: Procedures,
  callers: Caller[],
  b: Twin,
  own: Own,
  judge: Judge,
  tally: SweepTally,
): Promise<void> {
  const call = async (caller: Caller, path: string, input: unknown): Promise<CallResult<unknown>> => {
    const go = () =>
      procedures[path]?._def.type === 'query'
        ? caller.session().query(path, input)
        : caller.session().mutate(path, input);
    tally.calls += 1;
    let r = await go();
    if (r.status === 401 && !path.startsWith('auth.')) {
      await caller.relogin();
      tally.calls += 1;
      r = await go();
    }
    // these end the caller's session by design: the next procedure gets a fresh one
    if (r.ok && /^auth\.(logout|logoutEverywhere)$/.test(path)) await caller.relogin();
    return r;
  };

  const exercise = async (caller: Caller, path: string) => {
    tally.procedures.add(path);
    const label = `${caller.name} ${path}`;
    const table = INPUTS[path];
    if (table) {
      for (const c of table(b, own)) {
        tally.cases += 1;
        const r = await call(caller, path, c.input);
        if (isInputError(r)) tally.unfit.push(`${path}: ${r.ok ? '' : r.raw.slice(0, 300)}`);
        await judge.judge(label, c, r);
      }
      return;
    }
    for (const input of [undefined, {}]) {
      const r = await call(caller, path, input);
      if (isInputError(r)) continue;
      tally.cases += 1;
      await judge.judge(label, { input }, r);
      return;
    }
    let exercised = false;
    for (const make of FALLBACK) {
      const [first, ...rest] = make(b);
      const r = await call(caller, path, first);
      if (isInputError(r)) continue;
      exercised = true;
      tally.cases += 1 + rest.length;
      await judge.judge(label, { input: first }, r);
      for (const input of rest) await judge.judge(label, { input }, await call(caller, path, input));
    }
    if (!exercised) tally.unexercised.push(path);
  };

  const paths = Object.keys(procedures);
  const queries = paths.filter((p) => procedures[p]?._def.type === 'query');
  const mutations = paths.filter((p) => procedures[p]?._def.type !== 'query');
  for (const caller of callers)
    for (const path of [...queries, ...mutations, ...queries]) await exercise(caller, path);
}
