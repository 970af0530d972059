import type postgres from 'postgres';

/**
 * Moves the reminder time and the deadline of each request's open steps to a minute ago, and their
 * two timer jobs with them: what eight hours passing would do, without a test clock (which is per
 * process, and these are two).
 */
export async function makeTimersDue(sql: postgres.Sql, instanceIds: readonly string[]): Promise<void> {
  if (instanceIds.length === 0) return;
  const due = new Date(Date.now() - 60_000).toISOString();
  const ids = [...instanceIds];
  await sql.begin(async (tx) => {
    // the version moves as for any other write, so a process holding the old state cannot overwrite this
    await tx`
      UPDATE instances i SET version = i.version + 1, state = jsonb_set(i.state, '{tasks}', (
        SELECT jsonb_agg(CASE WHEN t->>'status' = 'pending' THEN t || jsonb_build_object('dueAt', ${due}::text, 'remindAt', ${due}::text) ELSE t END ORDER BY o)
        FROM jsonb_array_elements(i.state->'tasks') WITH ORDINALITY AS x(t, o)))
      WHERE i.id = ANY(${ids})`;
    await tx`UPDATE tasks SET due_at = ${due} WHERE instance_id = ANY(${ids}) AND status = 'pending'`;
    // one millisecond apart per request: the queue hands out a request's two timers one after the
    // other, so two polling processes often hold both at once, as they would with real deadlines
    await tx`
      UPDATE jobs j SET run_at = ${due}::timestamptz + (r.k * interval '1 millisecond')
      FROM unnest(${ids}::text[]) WITH ORDINALITY AS r(id, k)
      WHERE j.kind = 'timer' AND j.done_at IS NULL AND j.payload->>'instanceId' = r.id`;
  });
}

/** Waits until nothing due is left in the queue and no delivery is pending (bounded). */
export async function waitForQuietQueue(sql: postgres.Sql, timeoutMs = 90_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const [row] = await sql<{ jobs: number; deliveries: number }[]>`
      SELECT (SELECT count(*)::int FROM jobs WHERE done_at IS NULL AND run_at <= now()) AS jobs,
             (SELECT count(*)::int FROM webhook_deliveries WHERE status = 'pending') AS deliveries`;
    if (row?.jobs === 0 && row.deliveries === 0) return Date.now() - started;
    if (Date.now() - started > timeoutMs)
      throw new Error(`queue not quiet after ${timeoutMs} ms: ${JSON.stringify(row)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface SerialProblem {
  template: string;
  period: string;
  problem: string;
}

/**
 * Serials per template and month: no duplicate, and 1…counter with no hole. Gaps are not allowed
 * by the product: the counter row is bumped inside the submit transaction (packages/db
 * serial-number.ts, migration 0001 "gap-free"), so a submit cut by a kill rolls its number back.
 */
export async function serialProblems(sql: postgres.Sql): Promise<SerialProblem[]> {
  const rows = await sql<{ key: string; period: string; value: number; seqs: number[] }[]>`
    SELECT t.key, c.period, c.value,
           coalesce(array_agg(split_part(i.serial_no, '-', 3)::int ORDER BY i.serial_no)
                    FILTER (WHERE i.id IS NOT NULL), '{}') AS seqs
    FROM serial_counters c
    JOIN templates t ON t.tenant_id = c.tenant_id AND t.id = c.template_id
    JOIN tenants n ON n.id = c.tenant_id AND n.code = 'demo'
    LEFT JOIN instances i ON i.tenant_id = c.tenant_id AND i.template_id = c.template_id
      AND split_part(i.serial_no, '-', 2) = c.period
    GROUP BY t.key, c.period, c.value`;
  const problems: SerialProblem[] = [];
  for (const r of rows) {
    const distinct = new Set(r.seqs);
    if (distinct.size !== r.seqs.length)
      problems.push({ template: r.key, period: r.period, problem: 'duplicate serial' });
    const missing = Array.from({ length: r.value }, (_, k) => k + 1).filter((s) => !distinct.has(s));
    if (missing.length > 0)
      problems.push({
        template: r.key,
        period: r.period,
        problem: `gaps at ${missing.slice(0, 10).join(',')}`,
      });
    if (r.seqs.some((s) => s > r.value))
      problems.push({ template: r.key, period: r.period, problem: 'serial beyond the counter' });
  }
  return problems;
}

/** Requests whose status says one thing and whose open tasks another. */
export async function stateDisagreements(
  sql: postgres.Sql,
): Promise<{ id: string; status: string; open: number }[]> {
  return sql<{ id: string; status: string; open: number }[]>`
    SELECT i.id, i.status, count(t.id) FILTER (WHERE t.status = 'pending')::int AS open
    FROM instances i LEFT JOIN tasks t ON t.tenant_id = i.tenant_id AND t.instance_id = i.id
    GROUP BY i.id, i.status
    HAVING (i.status = 'running') <> (count(t.id) FILTER (WHERE t.status = 'pending') > 0)`;
}

/** Per request: how often a reminder and an overdue card were recorded (event and notice), and its timer jobs done. */
export interface TimerCount {
  instanceId: string;
  reminded: number;
  remindNotices: number;
  overdue: number;
  overdueNotices: number;
  timerJobsDone: number;
  /** the request's timer jobs as they ended, to say what happened when a count is wrong */
  jobs: unknown;
  tasks: unknown;
}

export async function timerCounts(sql: postgres.Sql, instanceIds: readonly string[]): Promise<TimerCount[]> {
  return sql<TimerCount[]>`
    SELECT i.id AS "instanceId",
      (SELECT count(*)::int FROM jsonb_array_elements(i.state->'events') e WHERE e->>'type' = 'reminded') AS reminded,
      (SELECT count(*)::int FROM notifications n WHERE n.instance_id = i.id AND n.kind = 'remind') AS "remindNotices",
      (SELECT count(*)::int FROM jsonb_array_elements(i.state->'events') e WHERE e->>'type' = 'overdue') AS overdue,
      (SELECT count(*)::int FROM notifications n WHERE n.instance_id = i.id AND n.kind = 'overdue') AS "overdueNotices",
      (SELECT count(*)::int FROM jobs j WHERE j.kind = 'timer' AND j.payload->>'instanceId' = i.id
         AND j.done_at IS NOT NULL) AS "timerJobsDone",
      (SELECT json_agg(json_build_object('kind', j.payload->>'timerKind', 'runAt', j.run_at, 'doneAt', j.done_at,
         'attempts', j.attempts, 'error', j.last_error, 'created', j.created_at) ORDER BY j.created_at)
         FROM jobs j WHERE j.kind = 'timer' AND j.payload->>'instanceId' = i.id) AS jobs,
      i.state->'tasks' AS tasks
    FROM instances i WHERE i.id = ANY(${[...instanceIds]})`;
}

/** The requests whose reminder and deadline did not each fire exactly once (an event, a notice, a job). */
export const notFiredOnce = (counts: readonly TimerCount[]): TimerCount[] =>
  counts.filter(
    (t) =>
      t.reminded !== 1 ||
      t.remindNotices !== 1 ||
      t.overdue !== 1 ||
      t.overdueNotices !== 1 ||
      t.timerJobsDone !== 2,
  );
