import type postgres from 'postgres';
import type { Session } from '../harness/http-session.js';

/**
 * The raw calls the fuzz makes (status and body text as sent, so the verdict sees everything),
 * and the row counts of every table, to see whether a refused call wrote anything.
 */
export interface RawAnswer {
  status: number;
  raw: string;
}

async function answer(res: Promise<Response>): Promise<RawAnswer> {
  try {
    const r = await res;
    return { status: r.status, raw: await r.text() };
  } catch (e) {
    // the connection cut before an answer: as bad as a 5xx
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
    return { status: 599, raw: `connection failed: ${String(e)}${cause}` };
  }
}

/** A tRPC call, a query as GET ?input= and a mutation as POST, with the session's cookie and CSRF. */
export function trpcCall(
  baseUrl: string,
  session: Session,
  procedure: string,
  type: string,
  body: string,
): Promise<RawAnswer> {
  if (type === 'query')
    return answer(
      fetch(`${baseUrl}/trpc/${procedure}?input=${encodeURIComponent(body)}`, {
        headers: { cookie: session.cookie },
      }),
    );
  return answer(
    fetch(`${baseUrl}/trpc/${procedure}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        origin: baseUrl,
      },
      body,
    }),
  );
}

/** A REST call with the bearer token: the JSON body for writes, the payload as query values for reads. */
export function restCall(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body: string,
): Promise<RawAnswer> {
  const headers = { authorization: `Bearer ${token}` };
  if (method === 'get') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body) as unknown;
    } catch {
      parsed = body;
    }
    const flat = typeof parsed === 'object' && parsed !== null ? parsed : { q: parsed };
    let qs: URLSearchParams;
    try {
      qs = new URLSearchParams(
        Object.entries(flat).map(([k, v]): [string, string] => [
          k,
          typeof v === 'string' ? v : JSON.stringify(v),
        ]),
      );
    } catch {
      // deep nesting cannot be written back by JSON.stringify: send the text as it was
      qs = new URLSearchParams({ q: body });
    }
    return answer(fetch(`${baseUrl}/api/v1${path}?${qs.toString()}`, { headers }));
  }
  return answer(
    fetch(`${baseUrl}/api/v1${path}`, {
      method: method.toUpperCase(),
      headers: { ...headers, 'content-type': 'application/json' },
      body,
    }),
  );
}

/** Rows per table of the public schema, in one statement. */
export async function rowCounts(sql: postgres.Sql): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const parts = tables.map((t) => `(SELECT count(*) FROM "${t.name}")::int AS "${t.name}"`);
  const [row] = await sql.unsafe<Record<string, number>[]>(`SELECT ${parts.join(', ')}`);
  return row ?? {};
}

export function countChanges(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(after)
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t} ${before[t] ?? 0}→${after[t]}`);
}

/** Runs `tasks` with at most `limit` in flight. */
export async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return out;
}
