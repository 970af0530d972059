import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/signoff.mjs', import.meta.url));
const run = promisify(execFile);

async function signoff(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

interface Step {
  kind: string;
  name: string;
  positions: string[];
  users: string[];
  reason: string;
  skipped: boolean;
}

describe('signoff simulate', () => {
  it('prints one route as the contract writes it', async () => {
    const { code, stdout } = await signoff(
      'simulate', '--catalog', 'real-estate', '--flow', '请休假管理', '--dept', '工程部', '--rank', '职员',
      '--data', '{"请假天数":3,"假期类型":"事假"}', '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { flow: string; steps: Step[] };
    expect(Object.keys(result)).toEqual(['flow', 'steps']);
    expect(result.flow).toBe('请休假管理');
    expect(result.steps.map((s) => [s.kind, s.positions])).toEqual([
      ['approve', ['工程部经理']],
      ['approve', ['工程副总']],
      ['notify', ['综合管理部经理']],
    ]);
    for (const s of result.steps) {
      expect(Object.keys(s)).toEqual(['kind', 'name', 'positions', 'users', 'reason', 'skipped']);
      expect(s.users).toHaveLength(1);
      expect(s.reason).not.toBe('');
    }
  });

  it('--batch answers in input order, an invalid scenario as {"error"} in its place, and exits non-zero', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'signoff-simulate-'));
    const file = join(dir, 'scenarios.json');
    await writeFile(
      file,
      JSON.stringify([
        { catalog: 'real-estate', flow: '派车申请审批流程', dept: '销售部', rank: '职员', data: { 用车范围: '市外' } },
        { catalog: 'real-estate', flow: '没有这个流程', dept: '销售部', data: {} },
        { catalog: 'small-company', flow: '物品申购管理', dept: '移动互联网部', rank: '职员', data: {} },
      ]),
    );
    const { code, stdout, stderr } = await signoff('simulate', '--batch', file, '--json');
    expect(code).not.toBe(0);
    const results = JSON.parse(stdout) as ({ flow: string; steps: Step[] } | { error: string })[];
    expect(results).toHaveLength(3);
    const [first, second, third] = results;
    expect(first && 'steps' in first ? first.steps.map((s) => s.positions[0]) : []).toEqual(['综合管理部经理', '行政副总', '司机']);
    expect(second && Object.keys(second)).toEqual(['error']);
    expect(second && 'error' in second ? second.error : '').toContain('没有流程「没有这个流程」');
    expect(third && 'steps' in third ? third.steps.map((s) => [s.kind, s.positions[0]]) : []).toEqual([
      ['approve', '移动互联网部经理'],
      ['approve', '综合部经理'],
      ['approve', '财务部经理'],
      ['approve', '董事长'],
      ['handle', '综合部经理'],
    ]);
    expect(stderr).toContain('1 of 3 scenarios could not be simulated');
  });
});
