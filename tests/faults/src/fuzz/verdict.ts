/**
 * What a fuzzed call's answer may be: a 4xx whose body is the typed app error (a code and the
 * message in Chinese and English), or a 2xx; never a 5xx, and never a stack trace or SQL text.
 */
const LEAKS: RegExp[] = [
  /at .*\.[cm]?[tj]s:\d+/,
  /\bSELECT\s.+\sFROM\b/i,
  /\bINSERT INTO\b/i,
  /syntax error/i,
  /relation "/i,
  /\bpostgres(ql)?\b/i,
  /duplicate key value/i,
  /violates .* constraint/i,
  /node_modules/,
  /TypeError|ReferenceError|RangeError/,
  /Maximum call stack/i,
];

interface AppErrorShape {
  code?: unknown;
  message?: { zh?: unknown; en?: unknown };
}

/** The app error of a tRPC body (`error.data.appError`) or a REST body (`error`). */
function appErrorOf(body: unknown): AppErrorShape | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const trpc = (error as { data?: { appError?: AppErrorShape } }).data?.appError;
  return trpc ?? error;
}

export type Verdict = 'ok' | 'refused' | { problem: string };

/** Every string inside a payload, as JSON writes it: an answer may echo them without leaking. */
export function echoesOf(value: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof value === 'string' && value.length > 3) out.push(JSON.stringify(value).slice(1, -1));
  else if (typeof value === 'object' && value !== null && depth < 50)
    for (const v of Object.values(value)) echoesOf(v, out, depth + 1);
  return out;
}

export function judge(status: number, raw: string, echoes: readonly string[] = []): Verdict {
  // the caller's own text echoed back is not a leak; past 200 kB only a 10 MB echo remains
  let text = raw.length > 200_000 ? raw.slice(0, 200_000) : raw;
  for (const e of echoes) text = text.split(e).join('');
  const leak = LEAKS.find((re) => re.test(text));
  if (status >= 500) return { problem: `${status}` };
  if (status >= 200 && status < 300) return leak ? { problem: `2xx body leaks ${String(leak)}` } : 'ok';
  if (status < 400) return { problem: `unexpected ${status}` };
  let body: unknown;
  try {
    body = JSON.parse(raw) as unknown;
  } catch {
    return { problem: `${status} without a JSON body` };
  }
  const app = appErrorOf(body);
  const typed =
    typeof app?.code === 'string' &&
    typeof app.message?.zh === 'string' &&
    typeof app.message.en === 'string' &&
    app.message.zh !== '' &&
    app.message.en !== '';
  if (!typed) return { problem: `${status} without a typed error body` };
  if (leak) return { problem: `${status} body leaks ${String(leak)}` };
  return 'refused';
}
