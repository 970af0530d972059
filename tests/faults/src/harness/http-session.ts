/**
 * The web app's calls over HTTP, as the browser makes them: the session cookie, the CSRF header
 * on every mutation, and the server's own Origin. Answers never throw: a test inspects refusals.
 */
export type CallResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: ErrorBody | undefined; raw: string };

export interface ErrorBody {
  message: string;
  code: string;
  data?: {
    httpStatus?: number;
    appError?: { code: string; messageKey?: string; message?: { zh: string; en: string } };
  };
}

export interface Session {
  readonly cookie: string;
  readonly csrf: string;
  query<T = unknown>(procedure: string, input?: unknown): Promise<CallResult<T>>;
  mutate<T = unknown>(procedure: string, input?: unknown): Promise<CallResult<T>>;
}

export const DEMO_PASSWORD = 'Signoff#2026';

async function readResult<T>(res: Response): Promise<CallResult<T>> {
  const raw = await res.text();
  let body: { result?: { data: T }; error?: ErrorBody } | undefined;
  try {
    body = JSON.parse(raw) as typeof body;
  } catch {
    body = undefined;
  }
  if (res.ok && body?.result) return { ok: true, status: res.status, data: body.result.data };
  return { ok: false, status: res.status, error: body?.error, raw };
}

/** A tRPC call with no session, and the answer as it came (logins, invitations, public pages). */
export async function callAnonymous<T = unknown>(
  baseUrl: string,
  procedure: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<CallResult<T>> {
  const res = await fetch(`${baseUrl}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, ...headers },
    body: JSON.stringify(input),
  });
  return readResult<T>(res);
}

export function sessionFromCookies(baseUrl: string, setCookies: string[]): Session {
  const pairs = setCookies.map((c) => c.split(';')[0] ?? '');
  const csrf = pairs.find((c) => c.startsWith('signoff_csrf='))?.slice('signoff_csrf='.length) ?? '';
  const cookie = pairs.join('; ');
  return {
    cookie,
    csrf,
    async query<T>(procedure: string, input?: unknown) {
      const qs = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      const res = await fetch(`${baseUrl}/trpc/${procedure}${qs}`, { headers: { cookie } });
      return readResult<T>(res);
    },
    async mutate<T>(procedure: string, input?: unknown) {
      const res = await fetch(`${baseUrl}/trpc/${procedure}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf, origin: baseUrl },
        body: JSON.stringify(input ?? null),
      });
      return readResult<T>(res);
    },
  };
}

/** Logs in as `login` of `tenantCode`; throws with the server's answer when that fails. */
export async function login(
  baseUrl: string,
  login: string,
  options: { tenantCode?: string; password?: string } = {},
): Promise<Session> {
  const res = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({
      tenantCode: options.tenantCode ?? 'demo',
      login,
      password: options.password ?? DEMO_PASSWORD,
    }),
  });
  if (res.status !== 200) throw new Error(`login as ${login} failed: ${res.status} ${await res.text()}`);
  return sessionFromCookies(baseUrl, res.headers.getSetCookie());
}
