import type { EngineEnv } from '@signoff/flow';
import { applicantFacts, rankNames, resolveApprovers, type OrgSnapshot } from '@signoff/org';

/**
 * Binds the pure engine to one request: the tenant's org as loaded in this transaction, the
 * applicant, the form data, and the clock. The engine itself never reads anything else.
 */
export function engineEnv(args: {
  org: OrgSnapshot;
  applicantId: string;
  form: Record<string, unknown>;
  templateKey: string;
  now: Date;
  newId: () => string;
}): EngineEnv {
  const now = args.now.toISOString();
  return {
    now,
    newId: args.newId,
    resolve: (expression, previousApproverIds) =>
      resolveApprovers({
        org: args.org,
        expression,
        applicantId: args.applicantId,
        form: args.form,
        previousApproverIds,
        templateKey: args.templateKey,
        now,
      }),
    conditions: {
      form: args.form,
      applicant: applicantFacts(args.org, args.applicantId),
      ranks: rankNames(args.org),
    },
  };
}
