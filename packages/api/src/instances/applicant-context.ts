import { cachedOrgSnapshot, type Queryable } from '@signoff/db';
import { applicantFacts, rankNames } from '@signoff/org';
import type { ApplicantFacts } from '@signoff/schema';

/**
 * Who fills a form, as its visibility rules and formulas see them: the applicant's department,
 * departments, rank and positions by name, and the tenant's ranks lowest first (so `rank ≥ 主管级`
 * orders by the company's ranks). The same `{ applicant, ranks }` the server's submission
 * validation is given, so a browser evaluating a rule with it decides as the server will.
 */
export interface ApplicantContext {
  applicant: ApplicantFacts;
  ranks: string[];
}

export async function applicantContext(
  tx: Queryable,
  tenantId: string,
  userId: string,
): Promise<ApplicantContext> {
  const org = await cachedOrgSnapshot(tx, tenantId);
  return { applicant: applicantFacts(org, userId), ranks: rankNames(org) };
}
