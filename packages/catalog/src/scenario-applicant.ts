import { holderOf, type OrgSnapshot, type OrgUser } from '@signoff/org';
import { simulationError } from './catalog-error.js';
import type { SimulationScenario } from './simulation-scenario.js';
import type { TemplateFile } from './template-file.js';

/** The id of the hypothetical applicant a `--dept/--rank` scenario adds to the org. */
export const SIMULATED_APPLICANT_ID = 'simulated-applicant';

/**
 * The applicant a scenario describes: the holder of `position`, or a new member of `dept` with
 * `rank` (the template's typical applicant when neither is given), added to a copy of the org.
 */
export function scenarioApplicant(
  org: OrgSnapshot,
  s: SimulationScenario,
  typical: TemplateFile['applicant'],
): { org: OrgSnapshot; applicant: OrgUser } {
  if (s.position !== undefined) {
    if (!org.positions.some((p) => p.name === s.position)) {
      throw simulationError({
        zh: `示例组织中没有岗位「${s.position}」`,
        en: `The demo org has no position "${s.position}"`,
      });
    }
    const holder = holderOf(org, s.position);
    if (!holder)
      throw simulationError({
        zh: `示例组织中没有人担任「${s.position}」`,
        en: `Nobody holds "${s.position}" in the demo org`,
      });
    return { org, applicant: holder };
  }
  const deptName = s.dept ?? typical?.department;
  if (deptName === undefined) {
    throw simulationError({
      zh: '请用 --dept（和 --rank）或 --position 给出申请人',
      en: 'Give the applicant with --dept (and --rank) or --position',
    });
  }
  const dept = org.departments.find((d) => d.name === deptName || d.code === deptName);
  if (!dept) {
    throw simulationError({
      zh: `示例组织中没有部门「${deptName}」（部门：${org.departments.map((d) => d.name).join('、')}）`,
      en: `The demo org has no department "${deptName}" (departments: ${org.departments.map((d) => d.name).join(', ')})`,
    });
  }
  const ranks = [...org.ranks].sort((a, b) => a.order - b.order);
  const rankName = s.rank ?? (s.dept === undefined ? typical?.rank : undefined);
  const rank = rankName === undefined ? ranks[0] : ranks.find((r) => r.name === rankName);
  if (!rank) {
    throw simulationError({
      zh: `示例组织中没有职级「${String(rankName)}」（职级：${ranks.map((r) => r.name).join('、')}）`,
      en: `The demo org has no rank "${String(rankName)}" (ranks: ${ranks.map((r) => r.name).join(', ')})`,
    });
  }
  const applicant: OrgUser = {
    id: SIMULATED_APPLICANT_ID,
    name: '申请人',
    departmentId: dept.id,
    secondaryDepartmentIds: [],
    rankId: rank.id,
    positionIds: [],
    roles: [],
    active: true,
  };
  return { org: { ...org, users: [...org.users, applicant] }, applicant };
}
