/**
 * The burst's second process (issue 15): everyone submits their leave at once, from outside the
 * bench's own process so the client's work does not share an event loop with the checks. Run as
 * `tsx burst-client.ts <plan.json> <out.json>`; the bench spawns it (burst-run.ts).
 *
 * node:http with a keep-alive agent and no socket cap: every person has a connection already
 * open (their browser loaded the form page), so the timed part is the submit, not TCP setup or
 * the listen backlog (Node's 511) overflowing under 1000 simultaneous connects.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import type { BurstPerson } from './burst-people.js';

export interface BurstPlan {
  url: string;
  templateId: string;
  people: BurstPerson[];
  /** sequential submits by the first person before the burst, the "one submit alone" baseline */
  baselineSubmits: number;
}

export interface BurstCall {
  login: string;
  ms: number;
  status: number;
  id?: string;
  serialNo?: string;
  /** the start of an error answer, or the socket error */
  error?: string;
}

export interface BurstOutcome {
  baseline: BurstCall[];
  burst: BurstCall[];
  /** from the first request sent to the last answer read */
  burstMs: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

function post(
  plan: BurstPlan,
  p: BurstPerson,
  path: string,
  body: string,
): Promise<{ status: number; text: string }> {
  const u = new URL(path, plan.url);
  return new Promise((resolve, reject) => {
    const req = request(
      u,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          cookie: p.cookie,
          'x-csrf-token': p.csrf,
          origin: plan.url,
          'x-forwarded-for': p.address,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function get(plan: BurstPlan, p: BurstPerson, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, plan.url), { agent, headers: { cookie: p.cookie } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

async function submit(plan: BurstPlan, p: BurstPerson, reason: string): Promise<BurstCall> {
  const body = JSON.stringify({ templateId: plan.templateId, data: { type: '事假', days: 1, reason } });
  const t0 = performance.now();
  try {
    const r = await post(plan, p, '/trpc/instances.submit', body);
    const ms = performance.now() - t0;
    if (r.status !== 200) return { login: p.login, ms, status: r.status, error: r.text.slice(0, 200) };
    const data = (JSON.parse(r.text) as { result: { data: { id: string; serialNo?: string } } }).result.data;
    return {
      login: p.login,
      ms,
      status: r.status,
      id: data.id,
      ...(data.serialNo ? { serialNo: data.serialNo } : {}),
    };
  } catch (e) {
    return { login: p.login, ms: performance.now() - t0, status: 0, error: String(e) };
  }
}

async function main(): Promise<void> {
  const [planPath, outPath] = process.argv.slice(2);
  if (!planPath || !outPath) throw new Error('usage: burst-client <plan.json> <out.json>');
  const plan = JSON.parse(await readFile(planPath, 'utf8')) as BurstPlan;
  const first = plan.people[0];
  if (!first) throw new Error('no people in the plan');

  const baseline: BurstCall[] = [];
  for (let i = 0; i < plan.baselineSubmits; i++) baseline.push(await submit(plan, first, `alone ${i}`));

  // open everyone's connection, 50 at a time, with a read of their inbox counts (a page load)
  for (let i = 0; i < plan.people.length; i += 50)
    await Promise.all(plan.people.slice(i, i + 50).map((p) => get(plan, p, '/trpc/inbox.counts')));

  // the bench samples the database's backends between these two lines
  process.stdout.write('BURST START\n');
  const t0 = performance.now();
  const burst = await Promise.all(plan.people.map((p, i) => submit(plan, p, `burst ${i}`)));
  const burstMs = performance.now() - t0;
  process.stdout.write('BURST END\n');
  const outcome: BurstOutcome = { baseline, burst, burstMs };
  await writeFile(outPath, JSON.stringify(outcome));
  agent.destroy();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
