import { buildOrg } from '@signoff/org';
import { describe, expect, it } from 'vitest';
import { checkTemplateFile } from './check-template-file.js';
import { loadCatalog } from './node/load-catalog.js';
import { applyOrgRenames, orgMappingProblems, orgRenames } from './org-mapping.js';
import { routeReferences } from './route-references.js';

const org = buildOrg({
  ranks: ['专员', '经理'],
  departments: [
    { name: '总公司', positions: ['总经理'] },
    { name: '行政部', parent: '总公司', positions: ['行政经理'] },
  ],
  supervision: [],
  positionRanks: {},
  adminPositions: ['总经理'],
});
const id = (kind: 'positions' | 'departments' | 'ranks', name: string) =>
  org[kind].find((x) => x.name === name)?.id ?? '';

async function template(key: string) {
  const loaded = await loadCatalog('small-company');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const t = loaded.catalog.templates.find((x) => x.file.key === key)?.file;
  if (!t) throw new Error(key);
  return t;
}

describe('mapping needed names onto a company’s own items', () => {
  it('rewrites every route reference, the requirements and the supervisor; the file still checks clean', async () => {
    const leave = await template('sc_leave');
    const renames = orgRenames(org, {
      positions: { 董事长: id('positions', '总经理'), 综合部经理: id('positions', '行政经理') },
      departments: { 综合部: id('departments', '行政部') },
      ranks: { 部门经理及以上: id('ranks', '经理') },
    });
    const mapped = applyOrgRenames(leave, renames);
    const names = routeReferences(mapped.route).map((r) => r.name);
    expect(names).not.toContain('董事长');
    expect(names).not.toContain('综合部');
    expect(names).not.toContain('部门经理及以上');
    expect(names).toEqual(expect.arrayContaining(['总经理', '行政部', '经理']));
    expect(mapped.requires.positions.map((p) => [p.name, p.department])).toEqual([
      ['总经理', '董事会'],
      ['行政经理', '行政部'],
    ]);
    expect(mapped.supervisor).toEqual({ position: '行政经理' });
    expect(checkTemplateFile(mapped, 'sc_leave')).toEqual([]);
    // the catalog's own file is left as it was
    expect(routeReferences(leave.route).map((r) => r.name)).toContain('董事长');
  });

  it('names each unusable choice: unknown id, wrong kind, a name the flows do not need', async () => {
    const seal = await template('sc_seal');
    const problems = orgMappingProblems([seal], org, {
      positions: { 董事长: 'nope', 综合部经理: id('departments', '行政部'), 司机: id('positions', '总经理') },
      departments: { 综合部: id('departments', '行政部') },
    });
    expect(problems.map((p) => p.path)).toEqual([
      'positions.董事长',
      'positions.综合部经理',
      'positions.司机',
    ]);
    expect(problems[1]?.message.zh).toBe('「行政部」是部门，不能作为岗位「综合部经理」的对照');
  });
});
