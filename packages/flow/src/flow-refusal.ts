import type { FlowActionType } from './flow-action.js';
import { FlowError } from './flow-error.js';
import type { TaskKind } from './instance-state.js';
import { nodeLabel } from './node-label.js';
import type { FlowNode } from './flow-definition.js';

const KIND_ZH: Record<TaskKind, string> = { approve: '审批', notify: '抄送', handle: '办理' };

export const ACTION_ZH: Record<FlowActionType, string> = {
  approve: '同意',
  reject: '驳回',
  done: '办理完成',
  read: '已读',
  acknowledge: '已阅',
  return: '退回',
  resubmit: '重新提交',
  withdraw: '撤回',
  transfer: '转交',
  addSigner: '加签',
  urge: '催办',
  comment: '评论',
  cancel: '作废',
  reassign: '换人',
  extend: '延期',
  timer_fired: '定时任务',
};

/** Every refusal the engine gives, with its text in both languages, in one place so the wording stays consistent. */
export const refuse = {
  taskNotFound: () => new FlowError('task_not_found', { zh: '待办不存在', en: 'The task does not exist' }),
  notAssignee: () => new FlowError('not_assignee', { zh: '这不是您的待办', en: 'This task is not assigned to you' }),
  instanceClosed: () => new FlowError('instance_closed', { zh: '申请已结束，不能再处理', en: 'The request is already closed' }),
  wrongAction: (action: FlowActionType, kind: TaskKind) =>
    new FlowError('wrong_action', { zh: `${KIND_ZH[kind]}待办不能执行「${ACTION_ZH[action]}」`, en: `A ${kind} task cannot be answered with "${action}"` }),
  taskClosed: () => new FlowError('task_closed', { zh: '该待办已处理或已取消', en: 'The task has already been handled or cancelled' }),
  reasonRequired: (action: 'reject' | 'return' | 'cancel' | 'extend') =>
    new FlowError('reason_required', {
      zh: `${ACTION_ZH[action]}须填写理由`,
      en: { reject: 'A rejection needs a reason', return: 'A return needs a reason', cancel: 'Cancelling a request needs a reason', extend: 'An extension needs a written reason' }[action],
    }),
  actionNotAllowed: (action: FlowActionType, node: FlowNode | undefined) => {
    const l = nodeLabel(node);
    return new FlowError('action_not_allowed', { zh: `${l.zh}不允许「${ACTION_ZH[action]}」`, en: `${l.en} does not allow "${action}"` });
  },
  acknowledgeNotAllowed: (why: 'node' | 'first_step') =>
    new FlowError(
      'acknowledge_not_allowed',
      why === 'first_step'
        ? { zh: '上级审批下级的申请须明确同意或不同意，不能选择「已阅」', en: 'A superior deciding on a subordinate\'s request must approve or reject; "acknowledge" is not allowed' }
        : { zh: '此节点须明确同意或不同意，不能选择「已阅」', en: 'This step needs an approval or a rejection; "acknowledge" is not allowed here' },
    ),
  signatureRequired: () => new FlowError('signature_required', { zh: '此节点须签名', en: 'This step requires a signature' }),
  notApplicant: (action: FlowActionType) =>
    new FlowError('not_applicant', { zh: `只有申请人可以${ACTION_ZH[action]}`, en: `Only the applicant may ${action}` }),
  notPermitted: (action: FlowActionType, who: 'admin' | 'supervisor_or_admin' | 'urge' | 'system') => {
    const whom = {
      admin: { zh: '管理员', en: 'an administrator' },
      supervisor_or_admin: { zh: '督办人或管理员', en: 'the supervisor or an administrator' },
      urge: { zh: '申请人、督办人或管理员', en: 'the applicant, the supervisor or an administrator' },
      system: { zh: '系统', en: 'the system' },
    }[who];
    return new FlowError('not_permitted', { zh: `只有${whom.zh}可以${ACTION_ZH[action]}`, en: `Only ${whom.en} may ${action}` });
  },
  notInvolved: () => new FlowError('not_involved', { zh: '您未参与此申请', en: 'You are not involved in this request' }),
  alreadyActed: () =>
    new FlowError('already_acted', { zh: '已有审批人处理，不能撤回', en: 'An approver has already acted, so the request can no longer be withdrawn' }),
  notAwaitingApplicant: () =>
    new FlowError('not_awaiting_applicant', { zh: '申请未被退回给申请人，不能重新提交', en: 'The request was not returned to the applicant, so it cannot be resubmitted' }),
  awaitingApplicant: () =>
    new FlowError('awaiting_applicant', { zh: '申请已退回给申请人，等待重新提交', en: 'The request was returned to the applicant and waits for resubmission' }),
  invalidTarget: (target: FlowNode | undefined, id: string) => {
    const l = nodeLabel(target, id);
    return new FlowError('invalid_target', {
      zh: `不能退回到${l.zh}：只能退回到本次提交后已经过的前序审批或办理节点，或退回给申请人`,
      en: `Cannot return to ${l.en}: a return goes to an earlier approve or handle step this submission passed, or to the applicant`,
    });
  },
  invalidAssignee: (userId: string, why: 'self' | 'applicant' | 'already' | 'empty') => {
    const text = {
      self: { zh: `不能转给自己（${userId}）`, en: `The task cannot go to its own assignee (${userId})` },
      applicant: { zh: `申请人（${userId}）不能审批自己的申请`, en: `The applicant (${userId}) cannot approve their own request` },
      already: { zh: `${userId} 在此步骤已有待办`, en: `${userId} already has a task at this step` },
      empty: { zh: '请选择人员', en: 'Choose at least one person' },
    }[why];
    return new FlowError('invalid_assignee', text);
  },
  tooSoon: () => new FlowError('too_soon', { zh: '一小时内已催办过，请稍后再试', en: 'This task was urged less than an hour ago; try again later' }),
  nothingPending: () => new FlowError('nothing_pending', { zh: '当前没有待处理的待办', en: 'No task is waiting for anyone' }),
  notOverdue: () => new FlowError('not_overdue', { zh: '督办人只能对超期的待办换人', en: 'The supervisor may only reassign overdue tasks' }),
  noDeadline: () => new FlowError('no_deadline', { zh: '该待办没有办理时限，无法延期', en: 'The task has no deadline to extend' }),
  invalidExtension: () => new FlowError('invalid_extension', { zh: '只能延期 1 或 2 个工作日', en: 'A deadline can be extended by 1 or 2 working days only' }),
  commentRequired: () => new FlowError('comment_required', { zh: '评论内容不能为空', en: 'A comment needs text or an attachment' }),
};

/** A non-blank text, trimmed; undefined for blank or missing. */
export const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
