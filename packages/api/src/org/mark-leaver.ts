import {
  deleteUserSessions,
  openTasksOfUser,
  saveUser,
  unreadCopiesOfUser,
  userDirectory,
  type OpenTaskOfUser,
  type Queryable,
} from '@signoff/db';
import type { Department, OrgSnapshot, OrgUser } from '@signoff/org';
import { AppError, toAppErrorData, type Localized } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { applyEngineAction } from '../instances/instance-service.js';
import { USER, inTenant, must, refused } from './org-edit.js';

/** Who takes a leaver's open tasks: the head above them, or one person the admin picks. */
export type Handover = { to: 'departmentHead' } | { to: 'user'; userId: string };

export type LeaverInput =
  | { id: string; left: false }
  | { id: string; left: true; handover?: Handover | undefined; dryRun?: boolean | undefined };

/** One open task and who it goes to; `problem` says why nobody can take it (nothing is written then). */
export interface LeaverHandoverRow {
  taskId: string;
  instanceId: string;
  serialNo: string;
  templateTitle: Localized;
  nodeName: Localized;
  toUserId: string | null;
  toName: string | null;
  problem: Localized | null;
}

export interface LeaverResult {
  id: string;
  active: boolean;
  leftAt: string | null;
  sessionsEnded: number;
  dryRun: boolean;
  handovers: LeaverHandoverRow[];
  /** unread CC (知会) tasks: left as they are, see `markLeaverOp` */
  copiesKept: number;
}

/**
 * The leaver's reporting line as the routing engine walks it (org `departmentChain`): the active
 * holders of each head seat from their primary department up, passing over a level the leaver heads
 * or whose seat is empty; a virtual department continues from its head position's department.
 */
export function headsAbove(org: OrgSnapshot, leaverId: string): OrgUser[][] {
  const dept = new Map(org.departments.map((d) => [d.id, d]));
  const pos = new Map(org.positions.map((p) => [p.id, p]));
  const leaver = org.users.find((u) => u.id === leaverId);
  const levels: OrgUser[][] = [];
  const visited = new Set<string>();
  let current: Department | undefined = leaver ? dept.get(leaver.departmentId) : undefined;
  while (current && !visited.has(current.id)) {
    visited.add(current.id);
    const d: Department = current;
    const seats =
      d.virtual && d.headPositionId
        ? [d.headPositionId]
        : org.positions.filter((p) => p.departmentId === d.id && p.isHead).map((p) => p.id);
    const holders = org.users.filter((u) => u.active && u.positionIds.some((p) => seats.includes(p)));
    if (holders.length > 0 && !holders.some((u) => u.id === leaverId)) levels.push(holders);
    const headPos = d.virtual && d.headPositionId ? pos.get(d.headPositionId) : undefined;
    current = headPos ? dept.get(headPos.departmentId) : d.parentId ? dept.get(d.parentId) : undefined;
  }
  return levels;
}

/** Whom the engine would refuse this task to: the applicant (nobody approves their own) and anyone already on the step. */
const canTake = (task: OpenTaskOfUser, userId: string) =>
  userId !== task.applicantId && !task.othersOnStep.includes(userId);

function planHandovers(
  org: OrgSnapshot,
  leaverId: string,
  handover: Handover,
  tasks: OpenTaskOfUser[],
): LeaverHandoverRow[] {
  const levels = handover.to === 'departmentHead' ? headsAbove(org, leaverId) : [];
  const chosen = handover.to === 'user' ? org.users.find((u) => u.id === handover.userId) : undefined;
  return tasks.map((task) => {
    const row = {
      taskId: task.taskId,
      instanceId: task.instanceId,
      serialNo: task.serialNo,
      templateTitle: task.templateTitle,
      nodeName: task.nodeName,
    };
    const name = `${task.serialNo}「${task.nodeName.zh}」`;
    const nameEn = `${task.serialNo} (${task.nodeName.en})`;
    // a head who applied for this request, or already signs this step, is passed over for the next one up
    const to = chosen ?? levels.flat().find((u) => canTake(task, u.id));
    if (to && canTake(task, to.id)) return { ...row, toUserId: to.id, toName: to.name, problem: null };
    const problem: Localized = chosen
      ? {
          zh: `${chosen.name}不能接手任务 ${name}：${chosen.id === task.applicantId ? '是该申请的申请人' : '已在该步骤中'}`,
          en: `${chosen.name} cannot take task ${nameEn}: ${chosen.id === task.applicantId ? 'they applied for this request' : 'they are already on this step'}`,
        }
      : {
          zh: `找不到能接手任务 ${name} 的部门负责人，请改为指定一个人`,
          en: `No department head above the leaver can take task ${nameEn}; pick a person instead`,
        };
    return { ...row, toUserId: null, toName: null, problem };
  });
}

/** Refuses a hand-over to someone who cannot take work: not of this company, left, or the leaver. */
function checkChosen(org: OrgSnapshot, leaver: OrgUser, handover: Handover): void {
  if (handover.to !== 'user') return;
  const to = org.users.find((u) => u.id === handover.userId);
  if (!to)
    throw refused({ zh: '接手的人不在本企业', en: 'The person to hand over to is not in this company' });
  if (to.id === leaver.id)
    throw refused({
      zh: '不能把任务交给离职者本人',
      en: 'The tasks cannot be handed to the leaver themself',
    });
  if (!to.active)
    throw refused({
      zh: `「${to.name}」已离职，不能接手任务`,
      en: `${to.name} has left and cannot take tasks`,
    });
}

/**
 * Marks a leaver and hands their open work over in ONE transaction: every reassignment runs
 * through the engine (`applyEngineAction`, the same path as actions.reassign, so the timeline,
 * audit, inbox mirror and notifications are written as for a manual 换人) on the transaction that
 * then marks them left and ends their sessions. Any refusal — a task nobody can take, a concurrent
 * change to one of the requests — rolls all of it back: the person stays active with every task,
 * and the admin can choose again. Who takes each task is planned first, so a plan that cannot be
 * carried out is refused naming its tasks before anything is written.
 *
 * Approval and handling tasks (pending, and waiting for their turn in a sequence) are work and are
 * handed over. Unread CC (知会) tasks are left as they are: they never hold up a route, and marking
 * them read for the leaver would put a reading on the timeline that never happened.
 *
 * Rejoining (`left: false`) only reactivates the account; nothing is handed back.
 */
export function markLeaverOp(ctx: ServiceContext, input: LeaverInput): Promise<LeaverResult> {
  const { deps, session, viewer } = ctx;
  const dryRun = input.left && input.dryRun === true;
  return inTenant(
    ctx,
    async (tx: Queryable, org: OrgSnapshot): Promise<LeaverResult> => {
      const user = must(
        org.users.find((u) => u.id === input.id),
        USER,
      );
      const base = { id: user.id, dryRun, handovers: [] as LeaverHandoverRow[], copiesKept: 0 };
      if (!input.left) {
        await saveLeft(tx, ctx, user, null);
        return { ...base, active: true, leftAt: null, sessionsEnded: 0 };
      }
      if (user.id === session.userId)
        throw refused({ zh: '不能将自己设为离职', en: 'you cannot mark yourself as left' });
      const handover = input.handover;
      if (handover) checkChosen(org, user, handover);
      const tasks = await openTasksOfUser(tx, session.tenantId, user.id);
      const copiesKept = await unreadCopiesOfUser(tx, session.tenantId, user.id);
      if (tasks.length > 0 && !handover)
        throw refused({
          zh: `「${user.name}」还有 ${tasks.length} 个待办，请选择由谁接手`,
          en: `${user.name} still has ${tasks.length} open tasks; choose who takes them over`,
        });
      const handovers = handover ? planHandovers(org, user.id, handover, tasks) : [];
      if (dryRun)
        return { ...base, active: user.active, leftAt: null, sessionsEnded: 0, handovers, copiesKept };
      const stuck = handovers.filter((h) => h.problem !== null);
      if (stuck.length > 0)
        throw refused({
          zh: stuck.map((h) => h.problem?.zh).join('；'),
          en: stuck.map((h) => h.problem?.en).join('; '),
        });
      const reason = `${user.name}离职交接 / ${user.name} left`;
      for (const h of handovers) {
        try {
          await applyEngineAction(
            tx,
            deps,
            session.tenantId,
            { userId: session.userId, admin: viewer.isAdmin },
            { type: 'reassign', taskId: h.taskId, toUserId: h.toUserId ?? '', reason },
          );
        } catch (e) {
          // the engine's own words, prefixed with the task: the whole hand-over rolls back
          const { message } = toAppErrorData(e);
          throw new AppError('conflict', 'errors.leaverHandover', {
            zh: `任务 ${h.serialNo}「${h.nodeName.zh}」无法转交：${message.zh}`,
            en: `Task ${h.serialNo} (${h.nodeName.en}) could not be handed over: ${message.en}`,
          });
        }
      }
      const leftAt = deps.clock().toISOString();
      await saveLeft(tx, ctx, user, leftAt);
      const sessionsEnded = await deleteUserSessions(tx, session.tenantId, user.id);
      return { ...base, active: false, leftAt, sessionsEnded, handovers, copiesKept };
    },
    dryRun ? undefined : 'org.setUserLeft',
  );
}

async function saveLeft(tx: Queryable, ctx: ServiceContext, user: OrgUser, leftAt: string | null) {
  const login = (await userDirectory(tx, ctx.session.tenantId)).find((d) => d.id === user.id)?.login ?? '';
  await saveUser(tx, ctx.session.tenantId, { ...user, login, active: leftAt === null, leftAt });
}
