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
  /** the tenant's holidays and make-up days, for time limits in working days */
  calendar?: { holidays: string[]; extraWorkdays: string[] };
}): EngineEnv {
  const now = args.now.toISOString();
  return {
    now,
    newId: args.newId,
    resolve: (expression, previousApproverIds, options) =>
      resolveApprovers({
        org: args.org,
        expression,
        applicantId: args.applicantId,
        form: args.form,
        previousApproverIds,
        templateKey: args.templateKey,
        now,
        ...(options ? { options } : {}),
      }),
    // Signoff's first users are in China: a working day runs on UTC+8
    calendar: {
      holidays: args.calendar?.holidays ?? [],
      extraWorkdays: args.calendar?.extraWorkdays ?? [],
      utcOffsetMinutes: 480,
    },
    conditions: {
      form: args.form,
      applicant: applicantFacts(args.org, args.applicantId),
      ranks: rankNames(args.org),
    },
  };
}
