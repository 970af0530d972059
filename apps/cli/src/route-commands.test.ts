import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signoff } from './run-signoff.test-helper.js';

interface Parsed {
  steps: { kind: string; positions: string[]; name: string }[];
  branches: {
    name: string;
    after: number;
    paths: { when: string; isDefault: boolean; steps: { positions: string[] }[] }[];
  }[];
  unplaced: { text: string; reason: string }[];
}

const SEED_000 = '相关人员填写部门经理审核财务部审核分管领导审核董事长审批财务出纳';

describe('signoff route parse', () => {
  it("prints the steps of a seed line on a catalog's demo org as the contract writes them", async () => {
    const { code, stdout } = await signoff(
      'route',
      'parse',
      '--catalog',
      'real-estate',
      '--text',
      SEED_000,
      '--json',
    );
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as Parsed;
    expect(Object.keys(r)).toEqual(['steps', 'branches', 'unplaced']);
    expect(r.steps).toEqual([
      { kind: 'approve', positions: ['部门负责人'], name: '部门经理审核' },
      { kind: 'approve', positions: ['财务部经理'], name: '财务部审核' },
      { kind: 'approve', positions: ['分管领导'], name: '分管领导审核' },
      { kind: 'approve', positions: ['董事长'], name: '董事长审批' },
      { kind: 'handle', positions: ['出纳'], name: '财务出纳' },
    ]);
    expect(r.branches).toEqual([]);
    expect(r.unplaced).toEqual([]);
  });

  it('answers a bad line with its unplaced words and reasons, and still exits 0 when something was placed', async () => {
    const { code, stdout } = await signoff(
      'route',
      'parse',
      '--catalog',
      'small-company',
      '--text',
      '部门经理审核→总经理审批→董事长审批',
      '--json',
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as Parsed;
    expect(r.steps.map((s) => s.positions)).toEqual([['部门负责人'], ['董事长']]);
    expect(r.unplaced).toEqual([
      { text: '总经理审批', reason: 'This company\'s org has no position "总经理"' },
    ]);
  });

  it('exits non-zero when nothing could be placed, after printing what was not', async () => {
    const { code, stdout, stderr } = await signoff(
      'route',
      'parse',
      '--catalog',
      'small-company',
      '--text',
      '张三签字',
      '--json',
    );
    expect(code).not.toBe(0);
    expect((JSON.parse(stdout) as Parsed).unplaced.map((u) => u.text)).toEqual(['张三签字']);
    expect(stderr).toContain('文字中没有能放入流程的步骤 / nothing in the text could be placed as a step');
  });

  it('reads conditions against the form of the flow given, and lists the route readably', async () => {
    const { code, stdout } = await signoff(
      'route',
      'parse',
      '--catalog',
      'real-estate',
      '--flow',
      '派车申请审批流程',
      '--text',
      '市内:综合管理部审核司机出车 市外:综合管理部审核分管领导审批司机出车',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('分支: 市内 / 市外');
    expect(stdout).toContain('市内（默认）:');
    expect(stdout).toContain('2. [审批] 分管领导审批 → 分管领导');
  });

  it('refuses bad flags with a clear message in both languages', async () => {
    const none = await signoff('route', 'parse', '--text', SEED_000);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain(
      '请给出 --catalog <code> 或 --tenant <code> 之一 / give one of --catalog <code> or --tenant <code>',
    );
    const noText = await signoff('route', 'parse', '--catalog', 'real-estate');
    expect(noText.stderr).toContain('give the route text with --text');
    const unknown = await signoff('route', 'parse', '--catalog', 'retail', '--text', SEED_000);
    expect(unknown.stderr).toContain('there is no catalog "retail" (available: real-estate, small-company)');
    const flow = await signoff(
      'route',
      'parse',
      '--catalog',
      'real-estate',
      '--flow',
      '没有这个流程',
      '--text',
      SEED_000,
    );
    expect(flow.stderr).toContain('the catalog "real-estate" has no flow "没有这个流程"');
  });

  it("--tenant reads the company's own org from its database", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'signoff-route-'));
    expect((await signoff('seed-demo', '--data-dir', dir)).code).toBe(0);
    const { code, stdout } = await signoff(
      'route',
      'parse',
      '--tenant',
      'demo',
      '--data-dir',
      dir,
      '--text',
      '部门经理审核→总经理审批→董事长审批',
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    // the demo company has a 总经理 and no 董事长: the opposite of the catalogs
    expect(stdout).toContain('2. [approve] 总经理审批 → 总经理');
    expect(stdout).toContain('「董事长审批」 This company\'s org has no position "董事长"');
    const missing = await signoff(
      'route',
      'parse',
      '--tenant',
      'acme',
      '--data-dir',
      dir,
      '--text',
      SEED_000,
    );
    expect(missing.stderr).toContain('no company with the code "acme"');
  });
});
