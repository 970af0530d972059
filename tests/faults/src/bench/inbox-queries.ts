import {
  inboxCounts,
  runNextJob,
  searchInbox,
  supervisedTasks,
  withTenant,
  type Database,
  type Queryable,
} from '@signoff/db';
import { NOW, USERS, tenantId, userId, type Shape } from './inbox-data.js';

/** A statement as the app sent it, kept to be explained afterwards with the same parameters. */
export interface Sent {
  text: string;
  params: readonly unknown[];
}

function recording(tx: Queryable, log: Sent[]): Queryable {
  return {
    ...tx,
    query: (text, params) => {
      // a copy: searchInbox keeps pushing to the same array for its next statement
      log.push({ text, params: [...(params ?? [])] });
      return tx.query(text, params);
    },
  };
}

class Rollback extends Error {
  constructor(readonly result: unknown) {
    super('rolled back on purpose');
  }
}

/**
 * The same database, every transaction's statements logged and then rolled back: how the plans
 * of the app's own SQL are found without the call changing anything (the job claim marks a job done).
 */
export function recordingDatabase(db: Database, log: Sent[]): Database {
  return {
    ...db,
    transaction: async <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> => {
      try {
        await db.transaction(async (tx) => {
          throw new Rollback(await fn(recording(tx, log)));
        });
      } catch (e) {
        if (e instanceof Rollback) return e.result as T;
        throw e;
      }
      throw new Error('unreachable: the transaction always rolls back');
    },
  };
}

export interface Pick {
  tenant: string;
  user: string;
  /** a fragment a person types into the search box: part of a colleague's name */
  q: string;
}

/** A random company and one of its members (never the admin, who is nobody's approver here). */
export function randomPick(shape: Shape, random: () => number = Math.random): Pick {
  const u = 1 + Math.floor(random() * (USERS - 1));
  return {
    tenant: tenantId(Math.floor(random() * shape.tenants)),
    user: userId(u),
    q: `员工${1 + Math.floor(random() * (USERS - 1))}号`,
  };
}

/**
 * The queries the app runs, each exactly as its service calls it (inbox-service.ts,
 * supervision-service.ts, the job loop), each in its own transaction as the app role with the
 * tenant set, so row-level security applies as in production.
 */
export const INBOX_QUERIES: Record<
  string,
  { what: string; run: (db: Database, p: Pick) => Promise<unknown> }
> = {
  todo: {
    what: 'my pending tasks (inbox.search, to-do box, page 1 of 20)',
    run: (db, p) =>
      withTenant(db, p.tenant, (tx) =>
        searchInbox(tx, p.tenant, p.user, { box: 'todo', limit: 20, offset: 0 }),
      ),
  },
  counts: {
    what: 'the inbox tab counts (inbox.counts, on every inbox visit)',
    run: (db, p) => withTenant(db, p.tenant, (tx) => inboxCounts(tx, p.tenant, p.user)),
  },
  overdue: {
    what: 'overdue tasks (supervision desk, admin, only overdue, limit 100)',
    run: (db, p) =>
      withTenant(db, p.tenant, (tx) =>
        supervisedTasks(tx, p.tenant, userId(0), {
          all: true,
          onlyOverdue: true,
          now: NOW.toISOString(),
          limit: 100,
        }),
      ),
  },
  timer: {
    what: 'the timer job claim (runNextJob: oldest due job of any company, SKIP LOCKED; a no-op handler)',
    run: (db) => runNextJob(db, NOW, () => Promise.resolve()),
  },
  search: {
    what: 'search the done box by a colleague’s name (inbox.search, q, page 1 of 20)',
    run: (db, p) =>
      withTenant(db, p.tenant, (tx) =>
        searchInbox(tx, p.tenant, p.user, { box: 'done', q: p.q, limit: 20, offset: 0 }),
      ),
  },
};

/** The scans of a plan, e.g. `Index Scan using tasks_assignee on tasks k`; a Seq Scan is named as such. */
export function scansOf(plan: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of plan) {
    const m =
      /(Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan|Bitmap Heap Scan)(?: Backward)?(?: using (\S+))? on (\S+)/.exec(
        line,
      );
    if (m) out.push(m[2] ? `${m[1]} ${m[2]} on ${m[3]}` : `${m[1]} on ${m[3]}`);
  }
  return out;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every SELECT one call of `name` sends, each under the same role
 * and tenant the app sent it with (the job claim's runs before the role is set), and how many
 * statements the call sent in all (its transaction's round trips, BEGIN and COMMIT aside).
 */
export async function explainCall(
  db: Database,
  name: string,
  p: Pick,
): Promise<{ statements: number; plans: { text: string; plan: string[] }[] }> {
  const q = INBOX_QUERIES[name];
  if (!q) throw new Error(`no query ${name}`);
  const log: Sent[] = [];
  await q.run(recordingDatabase(db, log), p);
  const interesting = log.filter((s) => /^\s*SELECT/i.test(s.text) && !/set_config/i.test(s.text));
  const plans: { text: string; plan: string[] }[] = [];
  for (const s of interesting) {
    const explain = async (tx: Queryable) =>
      (await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.params)).map(
        (r) => r['QUERY PLAN'],
      );
    const plan = name === 'timer' ? await db.transaction(explain) : await withTenant(db, p.tenant, explain);
    plans.push({ text: s.text.replace(/\s+/g, ' ').slice(0, 120), plan });
  }
  return { statements: log.length, plans };
}

/**
 * The floor under a call's time: a transaction with as many statements, each `SELECT 1`. What a
 * query costs above it is the database's work; the floor itself is round trips and this machine's
 * load, measured side by side with the query so both see the same load.
 */
export function floorCall(db: Database, statements: number): Promise<void> {
  return db.transaction(async (tx) => {
    for (let i = 0; i < statements; i++) await tx.query('SELECT 1');
  });
}
