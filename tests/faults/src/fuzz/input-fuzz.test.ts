import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, FULL_SIZE, sized } from '../harness/fault-size.js';
import { login, type Session } from '../harness/http-session.js';
import { leaveTemplateId, submitLeave } from '../harness/leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import { countChanges, pool, restCall, rowCounts, trpcCall, type RawAnswer } from './fuzz-calls.js';
import { procedures, realIds, restRoutes, SESSION_ENDING } from './fuzz-targets.js';
import { payloadFor, prng, type Payload, type Rng } from './payloads.js';
import { echoesOf, judge } from './verdict.js';

/**
 * Issue 16, input fuzz: hostile payloads at every tRPC procedure (as 张三 and as the admin) and
 * every REST operation. Each answer must be a typed 4xx (or a 2xx that leaks nothing); a batch
 * of one target with no accepted call must not change any table's row count.
 */
/**
 * A new seed on every local run, so the fuzz keeps finding new inputs (a failure prints its seed;
 * FUZZ_SEED replays it). CI's gate runs a fixed seed, so a submission is judged by the same
 * payloads each time: the one that found the 500 on 10 000-level nesting in a draft.
 */
const CI_SEED = 959374340;
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.CI ? CI_SEED : Date.now() % 2 ** 31));
const TOTAL = sized(1_500, 20_000);
const IN_FLIGHT = 8;
/** 10 MB strings are slow to build and send: a few, at mutations only (the body limit is 2 MB) */
const BIG = sized(2, 6);
/** under the per-token REST limit of 600 a minute, so refusals are the payload's, not the limiter's */
const REST_SHARE = sized(200, 550);

interface Target {
  name: string;
  write: boolean;
  valid: Record<string, unknown> | undefined;
  call: (body: string) => Promise<RawAnswer>;
}

interface Finding {
  target: string;
  index: number;
  kind: string;
  status: number;
  problem: string;
  payload: string;
}

describe.runIf(DATABASE_URL)('input fuzz over HTTP', () => {
  let db: ScratchDatabase;
  let server: ServerProcess;
  beforeAll(async () => {
    db = await createScratchDatabase(DATABASE_URL ?? '');
    server = await startServerProcess({ databaseUrl: db.url, seedDemo: true });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it(`answers ${TOTAL} hostile payloads with typed 4xx, no 5xx, no leaks and no refused writes`, async () => {
    const started = Date.now();
    const sessions: Record<string, Session> = {
      'zhang.san': await login(server.url, 'zhang.san'),
      admin: await login(server.url, 'admin'),
    };
    const submitted = await submitLeave(
      sessions['zhang.san'] as Session,
      await leaveTemplateId(db.sql),
      2,
      'fuzz',
    );
    expect(submitted.ok).toBe(true);
    const created = await (sessions.admin as Session).mutate<{ token: string }>('integrations.createToken', {
      name: 'fuzz',
      scopes: ['read', 'submit', 'act-for-users', 'admin'],
    });
    if (!created.ok) throw new Error(`createToken failed: ${created.raw}`);
    const token = created.data.token;
    const ids = await realIds(db.sql);

    const targets: Target[] = [];
    for (const p of procedures(ids).filter((x) => !SESSION_ENDING.has(x.path)))
      for (const who of Object.keys(sessions))
        targets.push({
          name: `${p.type} ${p.path} as ${who}`,
          write: p.type !== 'query',
          valid: p.valid,
          call: (body) => trpcCall(server.url, sessions[who] as Session, p.path, p.type, body),
        });
    const rest = await restRoutes(server.url, ids);
    const restTargets: Target[] = rest.map((r) => ({
      name: `REST ${r.method.toUpperCase()} ${r.template}`,
      write: r.method !== 'get',
      valid: undefined,
      call: (body) => restCall(server.url, token, r.method, r.path, body),
    }));
    const perTrpc = Math.ceil((TOTAL - REST_SHARE) / targets.length);
    const perRest = Math.floor(REST_SHARE / restTargets.length);

    const findings: Finding[] = [];
    const writesByAccepted: string[] = [];
    let sent = 0;
    let accepted = 0;
    let bigLeft = BIG;
    let relogins = 0;
    const resets: string[] = [];
    const rng: Rng = prng(SEED);
    for (const [target, count] of [
      ...targets.map((t) => [t, perTrpc] as const),
      ...restTargets.map((t) => [t, perRest] as const),
    ]) {
      const payloads: Payload[] = Array.from({ length: count }, () => {
        const big = target.write && bigLeft > 0 && rng() < 0.01;
        if (big) bigLeft--;
        return payloadFor(rng, target.valid, big);
      });
      const before = await rowCounts(db.sql);
      const answers = await pool(
        payloads.map((p) => async () => {
          const first = await target.call(p.body);
          if (first.status !== 599) return first;
          // a socket the server closed after a 431/413 may be reused by the client before it
          // sees the close: sent again once, on a new connection, the payload gets its own answer
          resets.push(`${target.name} #${p.kind}: ${first.raw.slice(0, 120)}`);
          return target.call(p.body);
        }),
        IN_FLIGHT,
      );
      const after = await rowCounts(db.sql);
      let batchAccepted = 0;
      answers.forEach((a, i) => {
        const p = payloads[i] as Payload;
        const verdict = judge(a.status, a.raw, echoesOf(p.value));
        if (verdict === 'ok') batchAccepted++;
        if (typeof verdict === 'object')
          findings.push({
            target: target.name,
            index: sent + i,
            kind: p.kind,
            status: a.status,
            problem: a.status === 599 ? a.raw.slice(0, 200) : verdict.problem,
            payload: p.body.slice(0, 300),
          });
      });
      sent += count;
      accepted += batchAccepted;
      const changes = countChanges(before, after);
      if (changes.length > 0 && batchAccepted === 0)
        findings.push({
          target: target.name,
          index: sent,
          kind: 'write',
          status: 0,
          problem: `refused calls changed ${changes.join(', ')}`,
          payload: '(the whole batch)',
        });
      else if (changes.length > 0) writesByAccepted.push(`${target.name}: ${changes.join(', ')}`);
      // a fuzzed call may legitimately end a session (an admin disabling a user): sign in again
      for (const who of Object.keys(sessions)) {
        const me = await (sessions[who] as Session).query('auth.me');
        if (!me.ok) {
          sessions[who] = await login(server.url, who);
          relogins++;
        }
      }
    }

    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    const me = await (sessions['zhang.san'] as Session).query<{ login?: string }>('auth.me');
    expect(me.ok).toBe(true);

    // a 10 MB body the server refuses at 2 MB may be cut off mid-upload, before its typed 413 is
    // read: counted and reported, not failed (431 and 413 themselves must be typed, and are judged)
    const isSizeRefusal = (f: Finding) => f.status === 599 && f.kind === 'bigString';
    const sizeRefusals = findings.filter(isSizeRefusal);
    const distinct = new Map<string, Finding>();
    for (const f of findings.filter((x) => !isSizeRefusal(x)))
      if (!distinct.has(`${f.target} ${f.problem}`)) distinct.set(`${f.target} ${f.problem}`, f);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const summary = [
      `## Input fuzz (${FULL_SIZE ? 'full' : 'quick'} size, seed ${SEED})`,
      '',
      `- ${sent} payloads: ${targets.length} tRPC targets (procedures × zhang.san/admin) × ${perTrpc}, ` +
        `${restTargets.length} REST operations × ${perRest}; ${BIG - bigLeft} strings of 10 MB; ${IN_FLIGHT} in flight; ${seconds} s`,
      `- accepted (2xx): ${accepted}; problem answers: ${findings.length - sizeRefusals.length} (${distinct.size} distinct); re-logins: ${relogins}`,
      `- 10 MB uploads cut off before their 413 was read: ${sizeRefusals.length}`,
      `- connection resets (sent again once, then judged): ${resets.length}`,
      `- batches with accepted calls that wrote: ${writesByAccepted.length}`,
      ...writesByAccepted.map((w) => `  - ${w}`),
      ...[...distinct.values()].map(
        (f) =>
          `  - ${f.target}: ${f.problem} (kind ${f.kind}, index ${f.index}) payload \`${f.payload.slice(0, 160)}\``,
      ),
      '',
    ].join('\n');
    console.log(summary);
    if (process.env.FUZZ_FIGURES) appendFileSync(process.env.FUZZ_FIGURES, summary);
    expect(
      [...distinct.values()].map((f) => `${f.target}: ${f.problem} [seed ${SEED} #${f.index}] ${f.payload}`),
      `seed ${SEED}: answers that are not typed 4xx / clean 2xx`,
    ).toEqual([]);
  });
});
