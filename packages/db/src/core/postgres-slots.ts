import type postgres from 'postgres';

/**
 * One connection of the pool: a postgres.js client of its own with `max: 1`, used by one caller
 * at a time. Not `sql.reserve()` nor `sql.begin`: postgres.js 3.4.9 loses a reservation queued
 * while a connection closes (the reconnect takes it as its first query and drops it: the caller
 * waits for ever, the hang of issue 16's database restart), leaks the connection a refused
 * reservation is later handed, and crashes the process when a reserved connection whose socket
 * closed is written to (porsager/postgres#1154, #1208; `sql.begin` writes its ROLLBACK there).
 * A plain query on a client of its own has none of these: a closed connection reconnects for it.
 */
export interface Slot {
  readonly sql: postgres.Sql;
  /** how many times its connection closed: a transaction that sees this change lost its connection */
  closes: number;
  /** a socket error was seen on it, and its close has not come yet */
  suspect: boolean;
  /** resolved by the next close of its connection */
  nextClose: Promise<void>;
  /** the statements sent and not settled yet: a close rejects them (see inFlight) */
  readonly inFlight: Set<(e: unknown) => void>;
}

/**
 * `run`'s statement, settled at the latest when the slot's connection closes: postgres.js never
 * settles one written to a socket between its error and its close (see isSocketError), and a
 * caller waiting on it would wait for ever. One that finished before the close keeps its answer.
 */
export function inFlight<T>(slot: Slot, run: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    slot.inFlight.add(reject);
    Promise.resolve()
      .then(run)
      .then(resolve, (e: Error) => {
        if (isSocketError(e)) slot.suspect = true;
        reject(e);
      })
      .finally(() => slot.inFlight.delete(reject));
  });
}

const connectionClosed = () =>
  Object.assign(new Error('the connection to the database closed'), { code: 'CONNECTION_CLOSED' });

/**
 * A socket error (Node's ECONNRESET, EPIPE …, the driver's connect timeout) arrives before the
 * socket's close, an event loop turn or more apart, and postgres.js 3.4.9 never settles a query
 * sent in between (on a close after an error it leaves its queue to the error, which has passed):
 * such a slot is handed out again only once its close came.
 */
function isSocketError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (/^E[A-Z]+$/.test(code) || code === 'CONNECT_TIMEOUT');
}

/** long enough for the close that follows a socket error, short enough not to stall a caller */
const CLOSE_WAIT_MS = 2_000;

/** Hands each slot to one caller at a time, in the order they asked. */
export function slotPool(open: (onclose: () => void) => postgres.Sql, size: number) {
  const free: Slot[] = [];
  const all: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  for (let i = 0; i < size; i++) {
    let closed = () => {};
    const armed = () => new Promise<void>((resolve) => (closed = resolve));
    const slot: Slot = {
      sql: open(() => {
        slot.suspect = false;
        slot.closes++;
        for (const reject of slot.inFlight) reject(connectionClosed());
        slot.inFlight.clear();
        closed();
        slot.nextClose = armed();
      }),
      closes: 0,
      suspect: false,
      nextClose: armed(),
      inFlight: new Set(),
    };
    all.push(slot);
    free.push(slot);
  }
  const release = async (slot: Slot) => {
    if (slot.suspect) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([slot.nextClose, new Promise((r) => (timer = setTimeout(r, CLOSE_WAIT_MS)))]);
      clearTimeout(timer);
      slot.suspect = false;
    }
    const next = waiting.shift();
    if (next) next(slot);
    else free.push(slot);
  };
  return {
    async use<T>(run: (slot: Slot) => Promise<T>): Promise<T> {
      const slot = free.pop() ?? (await new Promise<Slot>((resolve) => waiting.push(resolve)));
      try {
        return await run(slot);
      } finally {
        // the caller has its answer; the slot goes back when it is safe to
        void release(slot);
      }
    },
    end: () => Promise.all(all.map((s) => s.sql.end({ timeout: 5 }))).then(() => undefined),
  };
}
