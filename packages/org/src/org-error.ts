import type { Localized, SignoffError } from '@signoff/schema';
import type { ExpressionProblem } from './validate-approver-expression.js';
import type { OrgProblem } from './validate-org.js';

export type OrgErrorCode = 'invalid_expression' | 'invalid_org' | 'unknown_user';

/** A problem behind an `OrgError`: one of an org's (`invalid_org`) or of an approver expression's (`invalid_expression`). */
export type OrgErrorDetail = OrgProblem | ExpressionProblem;

const KEYS: Record<OrgErrorCode, string> = {
  invalid_expression: 'org.invalidExpression',
  invalid_org: 'org.invalidOrg',
  unknown_user: 'org.unknownUser',
};

/** A typed error carrying the message a person reads, in both languages. */
export class OrgError extends Error implements SignoffError<OrgErrorCode, OrgErrorDetail> {
  readonly messageKey: string;
  constructor(
    readonly code: OrgErrorCode,
    readonly localized: Localized,
    readonly details: readonly OrgErrorDetail[] = [],
  ) {
    super(localized.en);
    this.name = 'OrgError';
    this.messageKey = KEYS[code];
  }
}
