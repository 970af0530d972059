import type { Queryable } from './database.js';

/** A write whose result nobody reads: the rows it leaves are all that matters. */
export interface DeferredWrite {
  text: string;
  params: readonly unknown[];
}

interface State {
  inner: Queryable;
  pending: DeferredWrite[];
  keys: Set<string>;
  flushing: Promise<void> | null;
}

const states = new WeakMap<Queryable, State>();

/**
 * A transaction in which consecutive blind writes (`deferWrite`) go to the database as one
 * statement (issue 15: an approval wrote its tasks, timers, notices and audit line in four round
 * trips). Nothing changes for what the transaction sees: any other statement first sends what is
 * waiting, so a read sees every earlier write, and `flushWrites` sends the rest before COMMIT.
 * A failed write fails that statement, which fails the transaction, as it would have alone.
 */
export function coalescingWrites(tx: Queryable): Queryable {
  const state: State = { inner: tx, pending: [], keys: new Set(), flushing: null };
  const wrapped: Queryable = {
    ...tx,
    query: async (text, params) => {
      await flush(state);
      return tx.query(text, params);
    },
    exec: async (script) => {
      await flush(state);
      return tx.exec(script);
    },
  };
  if (tx.copyFrom) {
    const copyFrom = tx.copyFrom.bind(tx);
    Object.assign(wrapped, {
      copyFrom: async (target: string, columns: readonly string[], data: string) => {
        await flush(state);
        return copyFrom(target, columns, data);
      },
    });
  }
  states.set(wrapped, state);
  return wrapped;
}

/**
 * Sends `text` with the next statement of the transaction, or at once where the transaction does
 * not coalesce. `keys` name the rows it may touch twice (an upsert's target): a write whose key is
 * already waiting goes after the waiting ones, since one statement may not change a row twice.
 * Only for statements without RETURNING whose parameters are exactly $1…$n.
 */
export async function deferWrite(
  tx: Queryable,
  write: DeferredWrite,
  keys: readonly string[] = [],
): Promise<void> {
  const state = states.get(tx);
  if (!state) {
    await tx.query(write.text, write.params);
    return;
  }
  if (keys.some((k) => state.keys.has(k))) await flush(state);
  state.pending.push(write);
  for (const k of keys) state.keys.add(k);
}

/** Sends what is waiting; withTenant calls it before COMMIT. */
export async function flushWrites(tx: Queryable): Promise<void> {
  const state = states.get(tx);
  if (state) await flush(state);
}

async function flush(state: State): Promise<void> {
  while (state.flushing) await state.flushing;
  if (state.pending.length === 0) return;
  const batch = state.pending;
  state.pending = [];
  state.keys.clear();
  const { text, params } = combineWrites(batch);
  state.flushing = state.inner
    .query(text, params)
    .then(() => undefined)
    .finally(() => {
      state.flushing = null;
    });
  await state.flushing;
}

/**
 * Several writes as one statement of data-modifying CTEs, their parameters renumbered in order.
 * PostgreSQL runs them on one snapshot and checks foreign keys at the end of the statement, so
 * rows inserted by one (a task) may be referenced by another (its notice).
 */
export function combineWrites(writes: readonly DeferredWrite[]): DeferredWrite {
  const [only] = writes;
  if (writes.length === 1 && only) return only;
  const parts: string[] = [];
  const params: unknown[] = [];
  writes.forEach((w, i) => {
    const offset = params.length;
    const text = w.text.replace(/\$(\d+)/g, (_, n: string) => {
      const index = Number(n);
      if (index < 1 || index > w.params.length)
        throw new Error(`deferred write refers to $${n} but has ${w.params.length} parameters`);
      return `$${index + offset}`;
    });
    parts.push(`w${i} AS (${text})`);
    params.push(...w.params);
  });
  return { text: `WITH ${parts.join(',\n')}\nSELECT 1`, params };
}
