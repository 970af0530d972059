import { buildOrg, type OrgSpec } from './org-builder.js';
import type { OrgSnapshot } from './org-model.js';

/** The real-estate catalog's demo org, exactly as `shared/acceptance/README.md` names it. */
export const REAL_ESTATE_ORG_SPEC: OrgSpec = {
  ranks: ['职员', '主管级', '副总经理以上'],
  departments: [
    { name: '董事会', positions: ['董事长'] },
    { name: '公司领导', parent: '董事会', positions: ['工程副总', '行政副总', '外联副总'] },
    { name: '销售部', parent: '董事会', positions: ['销售部经理', '销售部总监'] },
    { name: '工程部', parent: '董事会', positions: ['工程部经理', '工程部总监'] },
    { name: '成本部', parent: '董事会', positions: ['成本部经理'] },
    { name: '财务部', parent: '董事会', positions: ['财务部经理', '财务汇总专员', '出纳'] },
    { name: '综合管理部', code: '综管部', parent: '董事会', positions: ['综合管理部经理', '印章管理员', '档案管理员', '司机', '采购专员'] },
    { name: '综管外联部', code: '外联部', parent: '董事会', positions: ['外联部经理'] },
    { name: '法务部', parent: '董事会', positions: ['法务专员'] },
    { name: '物业部', parent: '董事会', positions: ['物业经理', '物业总经理助理', '物业总经理'] },
    { name: '应届大学生', positions: [], virtualHead: '综合管理部经理' },
  ],
  supervision: [
    { position: '董事长', departments: ['公司领导'] },
    { position: '行政副总', departments: ['销售部', '财务部', '综合管理部', '法务部', '应届大学生'], categories: ['日常'] },
    { position: '工程副总', departments: ['工程部', '成本部'], categories: ['工程类'] },
    { position: '外联副总', departments: ['综管外联部'] },
    { position: '物业总经理', departments: ['物业部'] },
  ],
  positionRanks: {
    董事长: '副总经理以上',
    工程副总: '副总经理以上',
    行政副总: '副总经理以上',
    外联副总: '副总经理以上',
    物业总经理: '副总经理以上',
    销售部经理: '主管级',
    销售部总监: '主管级',
    工程部经理: '主管级',
    工程部总监: '主管级',
    成本部经理: '主管级',
    财务部经理: '主管级',
    综合管理部经理: '主管级',
    外联部经理: '主管级',
    物业经理: '主管级',
  },
  adminPositions: ['综合管理部经理'],
};

/** The small-company catalog's demo org. */
export const SMALL_COMPANY_ORG_SPEC: OrgSpec = {
  ranks: ['职员', '中心经理/项目经理', '部门经理及以上'],
  departments: [
    { name: '董事会', positions: ['董事长'] },
    { name: '公司领导', parent: '董事会', positions: ['分管副总'] },
    { name: '综合部', parent: '董事会', positions: ['综合部经理', '司机'] },
    { name: '财务部', parent: '董事会', positions: ['财务部经理', '出纳'] },
    { name: '市场运营中心', parent: '董事会', positions: ['市场运营中心经理'] },
    { name: '移动互联网部', parent: '董事会', positions: ['移动互联网部经理'] },
    { name: '项目部', parent: '董事会', positions: ['项目经理'] },
  ],
  supervision: [{ position: '分管副总', departments: ['综合部', '财务部', '市场运营中心', '移动互联网部', '项目部'] }],
  positionRanks: {
    董事长: '部门经理及以上',
    分管副总: '部门经理及以上',
    综合部经理: '部门经理及以上',
    财务部经理: '部门经理及以上',
    移动互联网部经理: '部门经理及以上',
    市场运营中心经理: '中心经理/项目经理',
    项目经理: '中心经理/项目经理',
  },
  adminPositions: ['综合部经理'],
};

export const realEstateDemoOrg = (): OrgSnapshot => buildOrg(REAL_ESTATE_ORG_SPEC);
export const smallCompanyDemoOrg = (): OrgSnapshot => buildOrg(SMALL_COMPANY_ORG_SPEC);
