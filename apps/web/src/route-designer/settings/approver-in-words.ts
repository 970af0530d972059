import { describeApprovers } from '@signoff/org';
import type { FormField, Locale } from '@signoff/schema';
import type { RouteOrg } from './route-org';
import type { ApproverExpression } from './route-types';

export interface ApproverWordsContext {
  fields: readonly FormField[];
  /** when given, names the org does not have are marked as problems, and a named person reads by name */
  org?: RouteOrg | undefined;
}

/**
 * A virtual position in words on the canvas and in the settings: `describeApprovers` of
 * @signoff/org, the one wording the server and `signoff catalog show` use too, given the form's
 * fields and the tenant's org so labels and names read as the officer knows them.
 */
export function approverInWords(expr: ApproverExpression, ctx: ApproverWordsContext, lang: Locale): string {
  return describeApprovers(expr, lang, { fields: ctx.fields, ...(ctx.org ? { org: ctx.org } : {}) });
}

/** A named person: the route breaks when they leave or change jobs, so the designer warns. */
export function isFragileApprover(expr: ApproverExpression): boolean {
  return expr.kind === 'user' || (expr.kind === 'union' && expr.of.some(isFragileApprover));
}
