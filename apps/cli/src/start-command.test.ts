import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/signoff.mjs', import.meta.url));
const run = promisify(execFile);

describe('signoff start --test-clock', () => {
  it('is refused in production with a message in both languages and a non-zero exit, before anything starts', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
    delete env.DATABASE_URL;
    const outcome = await run(process.execPath, [BIN, 'start', '--test-clock', '--port', '0', '--data-dir', 'memory'], { env, timeout: 60_000 }).then(
      () => ({ code: 0, stderr: '', stdout: '' }),
      (e: { code: number; stderr: string; stdout: string }) => e,
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('NODE_ENV=production');
    expect(outcome.stderr).toContain('测试时钟');
    expect(outcome.stdout).not.toContain('Signoff is running');
  });

  it('is listed in the help of start', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'start', '--help']);
    expect(stdout).toContain('--test-clock');
  });
});
