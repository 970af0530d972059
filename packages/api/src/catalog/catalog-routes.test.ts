import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { routeMismatch, type ExpectedStep, type SimulationResult } from '@signoff/catalog';
import { loadCatalog } from '@signoff/catalog/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogSimulator, type CatalogSimulator } from './catalog-simulator.js';

interface Scenario {
  catalog: string;
  flow: string;
  dept?: string;
  rank?: string;
  position?: string;
  data: Record<string, unknown>;
  expect: ExpectedStep[];
  seed?: string;
}

const read = (url: URL): Scenario[] => JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Scenario[];
// The public acceptance scenarios live beside the repository in ../shared; the repository keeps a
// copy so a clone tests them anywhere, and the copy must not drift where the original is present.
const PUBLIC_COPY = new URL('../../../../templates/acceptance/routes.public.json', import.meta.url);
const PUBLIC_ORIGINAL = new URL('../../../../../shared/acceptance/routes.public.json', import.meta.url);
const FILES = {
  public: read(PUBLIC_COPY),
  'real-estate': read(new URL('../../../../templates/real-estate/scenarios.json', import.meta.url)),
  'small-company': read(new URL('../../../../templates/small-company/scenarios.json', import.meta.url)),
};

describe.runIf(existsSync(fileURLToPath(PUBLIC_ORIGINAL)))('the public scenarios copy', () => {
  it('is the same as shared/acceptance/routes.public.json', () => {
    expect(read(PUBLIC_COPY)).toEqual(read(PUBLIC_ORIGINAL));
  });
});

const label = (s: Scenario, i: number) =>
  `#${i + 1} ${s.catalog} ${s.flow} · ${s.position ?? `${s.dept ?? '?'}/${s.rank ?? '?'}`} · ${JSON.stringify(s.data)}`;

/**
 * Every scenario runs through `simulateBatch`, the code path of `signoff simulate --batch`, on
 * one simulator (one in-memory database): the public acceptance examples, then each catalog's
 * own scenarios, each traced to the seed line it comes from.
 */
let simulator: CatalogSimulator;
const results = new Map<string, (SimulationResult | { error: string })[]>();

beforeAll(async () => {
  simulator = await createCatalogSimulator({ now: new Date('2026-11-24T02:00:00Z') });
  for (const [name, list] of Object.entries(FILES)) results.set(name, await simulator.simulateBatch(list));
}, 120_000);

afterAll(() => simulator.close());

describe.each(Object.keys(FILES))('scenarios of %s', (name) => {
  const list = FILES[name as keyof typeof FILES];
  it.each(list.map((s, i) => [label(s, i), i] as const))('%s', (_label, i) => {
    const result = results.get(name)?.[i];
    if (!result || 'error' in result) throw new Error(result ? result.error : 'no result');
    const s = list[i];
    expect(s).toBeDefined();
    if (!s) return;
    expect(routeMismatch(result, s.expect)).toBeNull();
    expect(result.flow).toBe(s.flow);
  });
});

describe('the scenario files', () => {
  it('cover every flow of both catalogs, well over 60 in all, each with its seed line', async () => {
    const own = [...FILES['real-estate'], ...FILES['small-company']];
    expect(own.length).toBeGreaterThan(100);
    for (const s of own) expect(s.seed, `${s.catalog} ${s.flow}`).toMatch(/\S/);
    for (const code of ['real-estate', 'small-company'] as const) {
      const loaded = await loadCatalog(code);
      if (!loaded.ok) throw new Error('catalog invalid');
      const covered = new Set(FILES[code].map((s) => s.flow));
      for (const t of loaded.catalog.templates) expect(covered, t.file.key).toContain(t.file.seed?.title);
      expect(FILES[code].every((s) => s.catalog === code)).toBe(true);
    }
  });

  it('print skipped steps with the flag set and name every step', async () => {
    const result = await simulator.simulate({
      catalog: 'real-estate',
      flow: '请休假管理',
      position: '工程部经理',
      data: { 请假天数: 1, 假期类型: '事假' },
    });
    expect(result.steps.map((s) => [s.kind, s.positions, s.skipped])).toEqual([
      ['approve', ['工程副总'], false],
      ['notify', ['综合管理部经理'], false],
    ]);
    const skipped = await simulator.simulate({
      catalog: 'small-company',
      flow: 'sc_leave',
      position: '综合部经理',
      data: { days: 1, leaveType: '调休' },
    });
    expect(skipped.steps[0]).toMatchObject({
      kind: 'approve',
      name: '综合部审核',
      positions: ['综合部经理'],
      skipped: true,
    });
    expect(skipped.steps[0]?.reason).toContain('跳过');
    expect(skipped.steps[1]).toMatchObject({
      kind: 'approve',
      positions: ['董事长'],
      skipped: false,
      users: [expect.any(String)],
    });
  });

  it('report an invalid scenario in its place with a clear message, and go on', async () => {
    const out = await simulator.simulateBatch([
      { catalog: 'real-estate', flow: '请休假管理', dept: '工程部', rank: '职员', data: { 请假天数: 1 } },
      { catalog: 'real-estate', flow: '请休假', dept: '工程部', data: {} },
      { catalog: 'real-estate', flow: '派车申请审批流程', dept: '工程部', data: { 用车范围: '国外' } },
      { catalog: 'real-estate', flow: '请休假管理', dept: '研发部', data: {} },
      { catalog: 'real-estate', flow: '请休假管理', dept: '工程部', data: { 天数: 3 } },
      { catalog: 'nowhere', flow: '请休假管理', dept: '工程部', data: {} },
      { catalog: 'real-estate', flow: '请休假管理', dept: '工程部', position: '出纳', data: {} },
      { catalog: 'small-company', flow: '请休假管理', dept: '项目部', rank: '职员', data: { 请假天数: 2 } },
    ]);
    expect('steps' in out[0]!).toBe(true);
    const errors = out.slice(1, 7).map((r) => ('error' in r ? r.error : ''));
    expect(errors[0]).toContain('没有流程「请休假」');
    expect(errors[1]).toContain('没有选项「国外」');
    expect(errors[2]).toContain('没有部门「研发部」');
    expect(errors[3]).toContain('没有字段「天数」');
    expect(errors[4]).toContain('no catalog "nowhere"');
    expect(errors[5]).toContain('not both');
    expect('steps' in out[7]!).toBe(true);
  });
});
