import type postgres from 'postgres';

/** How often each state of the server's backends was seen while the burst ran. */
export interface WaitTally {
  samples: number;
  /** backend observations in all (a sample sees every backend of the database) */
  backends: number;
  /** `active: CPU`, `active: Lock:transactionid`, `idle in transaction: Client:ClientRead` … */
  byState: Map<string, number>;
}

/**
 * Samples pg_stat_activity of the app's database every `everyMs` until `stop` is called: what the
 * server's connections were doing during the burst. Lock waits mean submits queue behind one
 * another (the serial-counter and audit locks); `active: CPU` and `Client:ClientRead`
 * mean the database is working or waiting on Signoff's process.
 */
export function sampleWaits(
  sql: postgres.Sql,
  database: string,
  everyMs = 50,
): { stop(): Promise<WaitTally> } {
  const tally: WaitTally = { samples: 0, backends: 0, byState: new Map() };
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await sql<{ state: string | null; wait: string | null }[]>`
        SELECT state, wait_event_type || ':' || wait_event AS wait FROM pg_stat_activity
         WHERE datname = ${database} AND backend_type = 'client backend' AND pid <> pg_backend_pid()
           AND application_name <> 'psql'`;
      tally.samples++;
      for (const r of rows) {
        // idle between requests is not part of a submit: only connections inside a statement or transaction
        if (r.state === 'idle') continue;
        tally.backends++;
        const key = `${r.state ?? 'unknown'}: ${r.wait ?? 'CPU'}`;
        tally.byState.set(key, (tally.byState.get(key) ?? 0) + 1);
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return tally;
    },
  };
}

/** `active: Lock:transactionid 49 %, …`: the states seen most, with their share of busy backends. */
export function describeWaits(t: WaitTally, top = 5): string {
  if (t.backends === 0) return 'no busy backend seen';
  return [...t.byState]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, n]) => `${k} ${Math.round((n / t.backends) * 100)} %`)
    .join(', ');
}

/** The share of busy backends that waited on a heavyweight lock (row, transaction id, advisory). */
export function lockShare(t: WaitTally): number {
  if (t.backends === 0) return 0;
  let n = 0;
  for (const [k, v] of t.byState) if (k.includes(': Lock:')) n += v;
  return n / t.backends;
}
