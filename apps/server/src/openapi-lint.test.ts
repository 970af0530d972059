import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiDeps } from '@signoff/api';
import { migrate, openPglite, type Database } from '@signoff/db';
import { createServer } from './create-server.js';

const require = createRequire(import.meta.url);
const REDOCLY_BIN = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
const CONFIG = fileURLToPath(new URL('../redocly.yaml', import.meta.url));

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer?: string }[];
}
interface LintReport {
  totals: { errors: number; warnings: number };
  problems: LintProblem[];
}

describe('the served OpenAPI document', () => {
  let db: Database;
  let app: FastifyInstance;
  let dir = '';
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    app = await createServer({ deps: createApiDeps(db) });
    dir = await mkdtemp(join(tmpdir(), 'signoff-openapi-'));
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("passes Redocly's recommended lint rules with no error and no warning", async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const file = join(dir, 'openapi.json');
    await writeFile(file, res.body);
    // lint exits non-zero on errors; the JSON report on stdout is read either way
    const stdout = await promisify(execFile)(
      process.execPath,
      [REDOCLY_BIN, 'lint', file, '--config', CONFIG, '--format', 'json'],
      { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    ).then(
      (r) => r.stdout,
      (e: { stdout?: string }) => e.stdout ?? '',
    );
    const report = JSON.parse(stdout) as LintReport;
    const listed = report.problems.map(
      (p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`,
    );
    expect(listed, `redocly lint found problems:\n${listed.join('\n')}`).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});
