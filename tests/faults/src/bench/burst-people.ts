import type postgres from 'postgres';
import { DEMO_PASSWORD, sessionFromCookies } from '../harness/http-session.js';

/** One person of the burst, logged in: what their browser holds, and the address it comes from. */
export interface BurstPerson {
  login: string;
  cookie: string;
  csrf: string;
  /** their own address, sent as X-Forwarded-For through the trusted loopback "proxy" */
  address: string;
}

/**
 * `n` members of the demo company's engineering department, as 张三 is (same department, rank
 * and password hash), so each may file the leave form and 李四 approves it. One INSERT … SELECT:
 * the org triggers bump tenants.org_version once, so the server's snapshot cache sees them all.
 */
export async function addEngineers(sql: postgres.Sql, n: number): Promise<string[]> {
  const rows = await sql<{ login: string }[]>`
    INSERT INTO users (tenant_id, id, login, name, department_id, rank_id, roles, active, password_hash)
    SELECT z.tenant_id, 'u-burst-' || lpad(g::text, 4, '0'), 'burst.' || lpad(g::text, 4, '0'),
           '突发' || g, z.department_id, z.rank_id, z.roles, true, z.password_hash
      FROM users z JOIN tenants t ON t.id = z.tenant_id, generate_series(1, ${n}) g
     WHERE t.code = 'demo' AND z.login = 'zhang.san'
    RETURNING login`;
  if (rows.length !== n) throw new Error(`added ${rows.length} of ${n} people: is the demo tenant seeded?`);
  return rows.map((r) => r.login).sort();
}

/** A distinct private address per person (10.x.y.z), as a company's staff behind a proxy reach the server. */
export function addressOf(i: number): string {
  const k = i + 1;
  return `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}`;
}

async function logInOne(baseUrl: string, login: string, address: string): Promise<BurstPerson> {
  const res = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, 'x-forwarded-for': address },
    body: JSON.stringify({ tenantCode: 'demo', login, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login as ${login} failed: ${res.status} ${await res.text()}`);
  const s = sessionFromCookies(baseUrl, res.headers.getSetCookie());
  return { login, cookie: s.cookie, csrf: s.csrf, address };
}

/**
 * Real sessions through auth.login, a few at a time (each verifies a password hash, CPU-bound on
 * the server). The login limit is 20 a minute per address, so each person logs in from their own
 * address, which the server believes only because TRUST_PROXY names loopback.
 */
export async function logInAll(
  baseUrl: string,
  logins: readonly string[],
  parallel = 4,
): Promise<BurstPerson[]> {
  const out: BurstPerson[] = new Array<BurstPerson>(logins.length);
  let next = 0;
  const worker = async () => {
    while (next < logins.length) {
      const i = next++;
      out[i] = await logInOne(baseUrl, logins[i] ?? '', addressOf(i));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return out;
}
