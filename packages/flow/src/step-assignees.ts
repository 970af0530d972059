import type { Resolution } from '@signoff/org';
import type { Localized } from '@signoff/schema';
import type { EngineEnv } from './engine-env.js';
import type { ApproveMode, StepNode, TaskNode } from './flow-definition.js';
import { skipRulesOf } from './node-options.js';

/**
 * How a step's tasks complete. Handle steps have no mode in the designer; any one of the
 * resolved handlers may do the job (two seal keepers do not both stamp), so they behave as 或签.
 */
export function stepMode(node: TaskNode): ApproveMode {
  return node.type === 'approve' ? node.mode : 'any';
}

/**
 * Resolves an approve or handle step under its own skip rules; the options are passed only when
 * the step turns a rule off, so the resolver's defaults hold everywhere else.
 */
export function resolveStep(
  env: Pick<EngineEnv, 'resolve'>,
  node: StepNode,
  previousApproverIds: string[],
): Resolution {
  const rules = skipRulesOf(node);
  return rules
    ? env.resolve(node.approvers, previousApproverIds, rules)
    : env.resolve(node.approvers, previousApproverIds);
}

/** The users given a task at this step, in the resolver's order; a resolver listing someone twice must not make two tasks. */
export function stepAssignees(node: TaskNode, resolution: Resolution): string[] {
  const users = [...new Set(resolution.userIds)];
  if (node.type === 'approve' && node.mode === 'single') return users.slice(0, 1);
  return users;
}

/** Why a step resolved to nobody, for the timeline and the simulator. */
export function skipReason(resolution: Resolution): Localized {
  const whys = new Set(resolution.skipped.map((s) => s.why));
  if (whys.size === 0) {
    return {
      zh: `未找到审批人（${resolution.reason.zh}），自动跳过`,
      en: `Nobody was found (${resolution.reason.en}); skipped`,
    };
  }
  if (!whys.has('previous'))
    return { zh: '审批人即申请人，自动跳过', en: 'The approver is the applicant; skipped' };
  if (!whys.has('applicant')) {
    return { zh: '审批人已在上一步审批，自动跳过', en: 'The approver signed the previous step; skipped' };
  }
  return {
    zh: '审批人为申请人或已在上一步审批，自动跳过',
    en: 'The approvers are the applicant or signed the previous step; skipped',
  };
}
