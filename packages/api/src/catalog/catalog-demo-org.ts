import type { UserSeed } from '@signoff/db';
import { buildOrg, type OrgSnapshot, type OrgSpec } from '@signoff/org';
import { REAL_ESTATE_ORG_SPEC, SMALL_COMPANY_ORG_SPEC } from '@signoff/org/demo';

/**
 * Logins for the demo orgs' users, by the position they hold (or `staff.<department>` for the
 * one 职员 of each department). Logins are ASCII because the login rule is; the names stay the
 * demo org's (陈一, 林二 …).
 */
const REAL_ESTATE_LOGINS: Record<string, string> = {
  董事长: 'chairman',
  工程副总: 'vp.eng',
  行政副总: 'vp.admin',
  外联副总: 'vp.liaison',
  销售部经理: 'sales.mgr',
  销售部总监: 'sales.dir',
  工程部经理: 'eng.mgr',
  工程部总监: 'eng.dir',
  成本部经理: 'cost.mgr',
  财务部经理: 'fin.mgr',
  财务汇总专员: 'fin.summary',
  出纳: 'cashier',
  综合管理部经理: 'admin.mgr',
  印章管理员: 'seal.keeper',
  档案管理员: 'archivist',
  司机: 'driver',
  采购专员: 'buyer',
  外联部经理: 'liaison.mgr',
  法务专员: 'legal',
  物业经理: 'prop.mgr',
  物业总经理助理: 'prop.assistant',
  物业总经理: 'prop.gm',
  // 职员 of each department
  董事会: 'staff.board',
  公司领导: 'staff.leaders',
  销售部: 'staff.sales',
  工程部: 'staff.eng',
  成本部: 'staff.cost',
  财务部: 'staff.fin',
  综合管理部: 'staff.admin',
  综管外联部: 'staff.liaison',
  法务部: 'staff.legal',
  物业部: 'staff.prop',
  应届大学生: 'staff.grad',
};

const SMALL_COMPANY_LOGINS: Record<string, string> = {
  董事长: 'chairman',
  分管副总: 'vp',
  综合部经理: 'general.mgr',
  司机: 'driver',
  财务部经理: 'fin.mgr',
  出纳: 'cashier',
  市场运营中心经理: 'market.mgr',
  移动互联网部经理: 'mobile.mgr',
  项目经理: 'project.mgr',
  董事会: 'staff.board',
  公司领导: 'staff.leaders',
  综合部: 'staff.general',
  财务部: 'staff.fin',
  市场运营中心: 'staff.market',
  移动互联网部: 'staff.mobile',
  项目部: 'staff.project',
};

export interface CatalogDemoOrg {
  /** the tenant's company code */
  tenantCode: string;
  spec: OrgSpec;
  logins: Record<string, string>;
}

/** The demo org each shipped catalog routes on, exactly as `shared/acceptance/README.md` names it. */
export const CATALOG_DEMO_ORGS: Readonly<Record<string, CatalogDemoOrg>> = {
  'real-estate': { tenantCode: 'real-estate', spec: REAL_ESTATE_ORG_SPEC, logins: REAL_ESTATE_LOGINS },
  'small-company': {
    tenantCode: 'small-company',
    spec: SMALL_COMPANY_ORG_SPEC,
    logins: SMALL_COMPANY_LOGINS,
  },
};

/** A user's login: by the position they hold, else by their department (the 职员). */
function loginOf(
  org: OrgSnapshot,
  logins: Record<string, string>,
  user: OrgSnapshot['users'][number],
): string {
  const position = org.positions.find((p) => user.positionIds.includes(p.id));
  const department = org.departments.find((d) => d.id === user.departmentId);
  const key = position?.name ?? department?.name ?? user.id;
  return logins[key] ?? user.id;
}

/** The demo org with a login per user; `passwordHash` null makes users that cannot log in (the simulator's). */
export function demoOrgWithLogins(
  demo: CatalogDemoOrg,
  passwordHash: string | null,
): { org: OrgSnapshot; users: UserSeed[] } {
  const org = buildOrg(demo.spec);
  const users = org.users.map((u) => ({
    ...u,
    login: loginOf(org, demo.logins, u),
    passwordHash,
    mustChangePassword: false,
  }));
  return { org, users };
}
