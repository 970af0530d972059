import { describe, expect, it } from 'vitest';
import { applicantFacts, rankNames } from './applicant-facts.js';
import { holderOf } from './org-builder.js';
import { realEstateDemoOrg } from './demo-orgs.js';

describe('applicantFacts', () => {
  const org = realEstateDemoOrg();

  it('describes the applicant by names, as route conditions are written', () => {
    const head = holderOf(org, '工程部经理');
    expect(head && applicantFacts(org, head.id)).toEqual({ department: '工程部', departments: ['工程部'], rank: '主管级', positions: ['工程部经理'] });
  });

  it('gives an unknown user empty facts rather than failing', () => {
    expect(applicantFacts(org, 'nobody')).toEqual({ department: '', departments: [], rank: '', positions: [] });
  });

  it('lists ranks lowest first whatever their stored order', () => {
    expect(rankNames({ ...org, ranks: [...org.ranks].reverse() })).toEqual(['职员', '主管级', '副总经理以上']);
  });
});

describe('the demo orgs', () => {
  it('have a holder for every position and a 职员 in every department', () => {
    for (const position of org().positions) expect(org().users.some((u) => u.positionIds.includes(position.id))).toBe(true);
    for (const d of org().departments) expect(org().users.some((u) => u.departmentId === d.id && u.positionIds.length === 0)).toBe(true);
  });
});
function org() {
  return realEstateDemoOrg();
}
