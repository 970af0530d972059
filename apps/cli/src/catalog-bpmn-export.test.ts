import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBpmn } from '@signoff/bpmn';
import { signoff } from './run-signoff.test-helper.js';

const count = (xml: string, tag: string) => xml.split(`<bpmn:${tag} `).length - 1;

describe('signoff catalog export --bpmn', () => {
  let dir: string;
  let data: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'signoff-bpmn-cli-'));
    data = join(dir, 'pglite');
    const created = await signoff(
      'tenant',
      'create',
      '--code',
      'acme',
      '--name',
      '示例房地产',
      '--data-dir',
      data,
    );
    expect(created.code, created.stderr).toBe(0);
    const imported = await signoff(
      'catalog',
      'import',
      'real-estate',
      '--tenant',
      'acme',
      '--flows',
      're_seal,re_leave',
      '--create-missing',
      '--data-dir',
      data,
    );
    expect(imported.code, imported.stderr).toBe(0);
  }, 360_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes NN-key.bpmn files that bpmn-moddle reads without warnings, and prints one flow', async () => {
    const out = join(dir, 'bpmn');
    const written = await signoff(
      'catalog',
      'export',
      '--tenant',
      'acme',
      '--bpmn',
      '--out',
      out,
      '--data-dir',
      data,
    );
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain('exported 2 route(s) as BPMN');
    const files = (await readdir(out)).sort();
    expect(files).toEqual(['01-re_leave.bpmn', '02-re_seal.bpmn']);
    for (const f of files)
      expect((await readBpmn(await readFile(join(out, f), 'utf8'))).warnings).toEqual([]);

    const printed = await signoff(
      'catalog',
      'export',
      '--tenant',
      'acme',
      '--flow',
      're_seal',
      '--bpmn',
      '--data-dir',
      data,
    );
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toBe((await readFile(join(out, '02-re_seal.bpmn'), 'utf8')) + '\n');
    // the seal route: seven department branches and two money checks, the tenant's 24 h limits on the steps
    expect(count(printed.stdout, 'exclusiveGateway')).toBe(4);
    expect(printed.stdout).toContain('name="用印审批"');
    expect(printed.stdout).toMatch(
      /<signoff:node nodeId="chairman" type="approve" mode="single" timeLimitHours="24">/,
    );
  });

  it('refuses to print several flows at once, in both languages', async () => {
    const refused = await signoff('catalog', 'export', '--tenant', 'acme', '--bpmn', '--data-dir', data);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('打印 BPMN 只能一次一个');
    expect(refused.stderr).toContain('BPMN is printed one flow at a time');
  });
});

describe('signoff catalog show --bpmn', () => {
  it('prints a catalog flow as BPMN without a tenant, names in the chosen language', async () => {
    const shown = await signoff('catalog', 'show', 'small-company', '请休假管理', '--bpmn', '--lang', 'en');
    expect(shown.code, shown.stderr).toBe(0);
    const { warnings } = await readBpmn(shown.stdout);
    expect(warnings).toEqual([]);
    expect(count(shown.stdout, 'userTask')).toBeGreaterThan(0);
    expect(shown.stdout).toMatch(/<bpmn:process id="sc_leave" name="Leave[^"]*"/);
  });
});
