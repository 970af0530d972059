import type { ApproveNode, BranchNode, HandleNode, JoinNode, NotifyNode, ParallelNode } from '@signoff/flow';
import type { Localized } from '@signoff/schema';

/** The defaults DingTalk users expect: a new step goes to the applicant's direct department head. */
const DEPT_HEAD = { kind: 'deptHead', level: 1 } as const;

export const NEW_NODE_NAMES = {
  approve: { zh: '审批人', en: 'Approver' },
  notify: { zh: '抄送人', en: 'CC' },
  handle: { zh: '办理人', en: 'Handler' },
  branch: { zh: '条件分支', en: 'Branch' },
  parallel: { zh: '并行分支', en: 'Parallel' },
  join: { zh: '汇合', en: 'Join' },
} as const satisfies Record<string, Localized>;

export const newApprove = (id: string, name?: Localized): ApproveNode => ({
  id,
  type: 'approve',
  name: name ?? NEW_NODE_NAMES.approve,
  approvers: { ...DEPT_HEAD },
  mode: 'single',
});

export const newNotify = (id: string, name?: Localized): NotifyNode => ({
  id,
  type: 'notify',
  name: name ?? NEW_NODE_NAMES.notify,
  approvers: { ...DEPT_HEAD },
});

export const newHandle = (id: string, name?: Localized): HandleNode => ({
  id,
  type: 'handle',
  name: name ?? NEW_NODE_NAMES.handle,
  approvers: { ...DEPT_HEAD },
});

export const newBranch = (id: string, name?: Localized): BranchNode => ({
  id,
  type: 'branch',
  name: name ?? NEW_NODE_NAMES.branch,
});

export const newSplit = (id: string, name?: Localized): ParallelNode => ({
  id,
  type: 'parallel',
  name: name ?? NEW_NODE_NAMES.parallel,
});

export const newJoin = (id: string): JoinNode => ({ id, type: 'join', name: NEW_NODE_NAMES.join });
