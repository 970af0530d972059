export type { Localized, Problem, SignoffError } from '@signoff/schema';
export type {
  Delegation,
  Department,
  OrgSnapshot,
  OrgUser,
  Position,
  Rank,
  Supervision,
} from './org-model.js';
export type { ApproverExpression } from './approver-expression.js';
export { describeApprovers, type ApproverWordsContext, type WordsLocale } from './approver-words.js';
export type { DelegatedUser, Resolution, SkipReason, SkippedUser } from './resolution.js';
export type { ApplicantFacts } from './applicant-facts-type.js';
export { resolveApprovers, type ResolveInput, type ResolveOptions } from './resolve-approvers.js';
export { applicantFacts, rankNames } from './applicant-facts.js';
export {
  validateApproverExpression,
  isApproverExpression,
  type ExpressionProblem,
} from './validate-approver-expression.js';
export { OrgError, type OrgErrorCode, type OrgErrorDetail } from './org-error.js';
export { buildOrg, holderOf, staffOf, type OrgSpec } from './org-builder.js';
export { validateOrg, type OrgProblem, type OrgProblemCode } from './validate-org.js';
export {
  planOrgImport,
  orgToImportRows,
  columnOf,
  sheetMatchesHeaders,
  ORG_IMPORT_COLUMNS,
  ORG_SHEET_NAMES,
  LIST_SEPARATOR,
  type ImportRow,
  type ImportSheet,
  type ImportProblem,
  type ImportCounts,
  type ImportSummary,
  type OrgImportRows,
  type OrgImportPlan,
  type ExistingOrg,
} from './plan-org-import.js';
export {
  templatePermissions,
  templateAccess,
  atLeast,
  folderPath,
  createsFolderCycle,
  grantPrincipalKnown,
  type AccessLevel,
  type AccessSource,
  type EffectiveAccess,
  type GrantPrincipalType,
  type PermissionFacts,
  type TemplateFolder,
  type TemplateGrant,
  type TemplatePermissions,
} from './template-permissions.js';
export {
  deleteProblems,
  type DeleteProblem,
  type DeleteProblemCode,
  type DeleteTarget,
} from './delete-problems.js';
export { deleteRefusal, type DeleteRefusal } from './delete-refusal.js';
